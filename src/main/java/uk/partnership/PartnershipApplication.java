package uk.partnership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnershipApplication.class, args);
    }
}
