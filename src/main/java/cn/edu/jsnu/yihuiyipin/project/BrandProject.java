package cn.edu.jsnu.yihuiyipin.project;

import cn.edu.jsnu.yihuiyipin.unit.Channel;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A unit's project in one round, from its application (附件1) to its award. A unit that does not
 * apply, or misses the deadline, still gets a row so the round's record is complete.
 */
@Entity
@Table(name = "brand_project")
public class BrandProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private BrandRound round;

    // a project is always shown with its unit
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private GrassrootsUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private ProjectCategory category;

    private String name;
    private String leader;
    private String phone;
    private String foundation;
    private String goals;
    private String plan;

    @Column(name = "expected_results")
    private String expectedResults;

    @Column(name = "requested_budget")
    private BigDecimal requestedBudget;

    @Column(name = "continues_brand", nullable = false)
    private boolean continuesBrand;

    @Column(name = "continued_project_id")
    private Long continuedProjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "formal_check_comment")
    private String formalCheckComment;

    @Column(name = "review_score")
    private BigDecimal reviewScore;

    private String decision;

    @Column(name = "decision_opinion")
    private String decisionOpinion;

    @Column(name = "approved_funding")
    private BigDecimal approvedFunding;

    @Column(name = "acceptance_score")
    private BigDecimal acceptanceScore;

    @Column(name = "acceptance_passed")
    private Boolean acceptancePassed;

    @Column(name = "award_tier")
    private String awardTier;

    @Column(name = "award_amount")
    private BigDecimal awardAmount;

    @Column(name = "award_note")
    private String awardNote;

    @Column(name = "city_recommended", nullable = false)
    private boolean cityRecommended;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "awarded_at")
    private LocalDateTime awardedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected BrandProject() {}

    public BrandProject(BrandRound round, GrassrootsUnit unit, ProjectStatus status) {
        this.round = round;
        this.unit = unit;
        this.channel = unit.getChannel();
        this.status = status;
    }

    /** Takes the content of 附件1; the caller has validated it. */
    public void applyContent(ApplicationContent content) {
        this.category = content.category();
        this.name = content.name();
        this.leader = content.leader();
        this.phone = content.phone();
        this.foundation = content.foundation();
        this.goals = content.goals();
        this.plan = content.plan();
        this.expectedResults = content.expectedResults();
        this.requestedBudget = content.requestedBudget();
        this.continuesBrand = content.continuesBrand();
        this.continuedProjectId = content.continuedProjectId();
    }

    public ApplicationContent content() {
        return new ApplicationContent(
                category,
                name,
                leader,
                phone,
                foundation,
                goals,
                plan,
                expectedResults,
                requestedBudget,
                continuesBrand,
                continuedProjectId);
    }

    public Long getId() {
        return id;
    }

    public BrandRound getRound() {
        return round;
    }

    public GrassrootsUnit getUnit() {
        return unit;
    }

    public Channel getChannel() {
        return channel;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getLeader() {
        return leader;
    }

    public String getPhone() {
        return phone;
    }

    public BigDecimal getRequestedBudget() {
        return requestedBudget;
    }

    public boolean isContinuesBrand() {
        return continuesBrand;
    }

    public Long getContinuedProjectId() {
        return continuedProjectId;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    /** Use {@link ProjectStatusService#changeStatus} so the history is written too. */
    void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getFormalCheckComment() {
        return formalCheckComment;
    }

    public void setFormalCheckComment(String formalCheckComment) {
        this.formalCheckComment = formalCheckComment;
    }

    public BigDecimal getReviewScore() {
        return reviewScore;
    }

    public void setReviewScore(BigDecimal reviewScore) {
        this.reviewScore = reviewScore;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecisionOpinion() {
        return decisionOpinion;
    }

    public void recordDecision(String decision, String opinion) {
        this.decision = decision;
        this.decisionOpinion = opinion;
    }

    public BigDecimal getApprovedFunding() {
        return approvedFunding;
    }

    public void setApprovedFunding(BigDecimal approvedFunding) {
        this.approvedFunding = approvedFunding;
    }

    public BigDecimal getAcceptanceScore() {
        return acceptanceScore;
    }

    public void setAcceptanceScore(BigDecimal acceptanceScore) {
        this.acceptanceScore = acceptanceScore;
    }

    public Boolean getAcceptancePassed() {
        return acceptancePassed;
    }

    public void setAcceptancePassed(Boolean acceptancePassed) {
        this.acceptancePassed = acceptancePassed;
    }

    public String getAwardTier() {
        return awardTier;
    }

    public BigDecimal getAwardAmount() {
        return awardAmount;
    }

    public String getAwardNote() {
        return awardNote;
    }

    public void recordAward(String tier, BigDecimal amount, String note) {
        this.awardTier = tier;
        this.awardAmount = amount;
        this.awardNote = note;
    }

    public boolean isCityRecommended() {
        return cityRecommended;
    }

    public void setCityRecommended(boolean cityRecommended) {
        this.cityRecommended = cityRecommended;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(LocalDateTime approvedAt) {
        this.approvedAt = approvedAt;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(LocalDateTime acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public LocalDateTime getAwardedAt() {
        return awardedAt;
    }

    public void setAwardedAt(LocalDateTime awardedAt) {
        this.awardedAt = awardedAt;
    }
}
