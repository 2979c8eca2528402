package cn.edu.jsnu.yihuiyipin.review;

/**
 * One criterion a panel scores, 0..{@link #maxScore()}; {@link #variable()} is the form field key,
 * task-local to each expert's task.
 */
public interface ReviewCriterion {

    String name();

    String variable();

    String label();

    int maxScore();
}
