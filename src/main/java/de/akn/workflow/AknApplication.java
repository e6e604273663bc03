package de.akn.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The AKN workflow application. The engine, scheduling and configuration properties are switched
 * on in {@link AknConfiguration}, not here, so that test slices ({@code @WebMvcTest}) start
 * without the process engine.
 */
@SpringBootApplication
public class AknApplication {

    public static void main(String[] args) {
        SpringApplication.run(AknApplication.class, args);
    }
}
