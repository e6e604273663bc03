package de.akn.workflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableProcessApplication("akn-workflow")
@ConfigurationPropertiesScan
@EnableScheduling
public class AknApplication {

    public static void main(String[] args) {
        SpringApplication.run(AknApplication.class, args);
    }
}
