package cn.edu.jsnu.yihuiyipin.notices;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox polls on Spring's scheduler ({@link MailOutbox#poll()}). */
@Configuration
@EnableScheduling
class NoticeConfig {}
