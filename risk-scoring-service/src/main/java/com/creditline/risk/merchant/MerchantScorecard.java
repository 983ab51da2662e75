package com.creditline.risk.merchant;

import com.creditline.risk.scoring.scorecard.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant scorecard: a judgmental (expert) artifact, JSON read into the same {@code Scorecard}
 * record a trained model is, wrapped so that it is never mistaken for the behaviour scorecard.
 */
record MerchantScorecard(Scorecard scorecard) {

    @Configuration(proxyBeanMethods = false)
    static class Loading {

        @Bean
        MerchantScorecard merchantScorecard(
                MerchantLinesProperties properties, ResourceLoader resources, JsonMapper json) {
            try (InputStream in = resources.getResource(properties.scorecard()).getInputStream()) {
                return new MerchantScorecard(json.readValue(in, Scorecard.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the merchant scorecard " + properties.scorecard(), e);
            }
        }
    }
}
