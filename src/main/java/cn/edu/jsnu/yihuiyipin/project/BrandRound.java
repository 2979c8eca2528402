package cn.edu.jsnu.yihuiyipin.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** One year's 一会一品 round: the funding pool and the dates of its phases. */
@Entity
@Table(name = "brand_round")
public class BrandRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_year", nullable = false, unique = true)
    private int year;

    @Column(name = "funding_pool", nullable = false)
    private BigDecimal fundingPool;

    @Column(name = "application_deadline", nullable = false)
    private LocalDateTime applicationDeadline;

    @Column(name = "review_start", nullable = false)
    private LocalDateTime reviewStart;

    @Column(name = "review_deadline", nullable = false)
    private LocalDateTime reviewDeadline;

    @Column(name = "acceptance_start", nullable = false)
    private LocalDateTime acceptanceStart;

    @Column(name = "acceptance_deadline", nullable = false)
    private LocalDateTime acceptanceDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.APPLICATION;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected BrandRound() {}

    public BrandRound(int year, BigDecimal fundingPool, RoundSchedule schedule) {
        this.year = year;
        this.fundingPool = fundingPool;
        this.applicationDeadline = schedule.applicationDeadline();
        this.reviewStart = schedule.reviewStart();
        this.reviewDeadline = schedule.reviewDeadline();
        this.acceptanceStart = schedule.acceptanceStart();
        this.acceptanceDeadline = schedule.acceptanceDeadline();
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getFundingPool() {
        return fundingPool;
    }

    public RoundSchedule getSchedule() {
        return new RoundSchedule(applicationDeadline, reviewStart, reviewDeadline, acceptanceStart, acceptanceDeadline);
    }

    public RoundStatus getStatus() {
        return status;
    }

    void setStatus(RoundStatus status) {
        this.status = status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
