package cn.edu.jsnu.yihuiyipin.notices;

/** A mail as the templates wrote it: subject, plain text and HTML (both Chinese, UTF-8). */
public record RenderedMail(String subject, String text, String html) {}
