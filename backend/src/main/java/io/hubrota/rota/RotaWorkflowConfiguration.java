package io.hubrota.rota;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RotaWorkflowConfiguration {

    /** Flat weights unless another feature (ED load) defines its own provider. */
    @Bean
    @ConditionalOnMissingBean(HourWeightsProvider.class)
    HourWeightsProvider flatHourWeights() {
        return new FlatHourWeights();
    }
}
