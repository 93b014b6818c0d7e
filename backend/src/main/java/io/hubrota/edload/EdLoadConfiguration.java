package io.hubrota.edload;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdLoadProperties.class)
class EdLoadConfiguration {

    @Bean
    OutOfHours outOfHours(EdLoadProperties properties, @Value("${hubrota.timezone:Europe/London}") String timezone) {
        return new OutOfHours(properties.ooh(), ZoneId.of(timezone));
    }

    @Bean
    EdLoadForecaster edLoadForecaster(EdLoadProperties properties,
            @Value("${hubrota.timezone:Europe/London}") String timezone) {
        return new EdLoadForecaster(ZoneId.of(timezone), properties.forecastWeeks(), properties.gpTreatableShare());
    }
}
