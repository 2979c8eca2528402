package cn.edu.jsnu.yihuiyipin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YihuiYipinApplication {

    public static void main(String[] args) {
        SpringApplication.run(YihuiYipinApplication.class, args);
    }
}
