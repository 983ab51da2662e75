package com.creditline.gateway.localissuer;

import com.creditline.common.security.PemKeys;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The local issuer's key pair (a development key kept in common-lib) and the gateway's verifier
 * for its tokens. Without the local issuer, Spring Boot builds the verifier from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "creditline.local-issuer.enabled", havingValue = "true")
@EnableConfigurationProperties(LocalIssuerSettings.class)
class LocalIssuerConfiguration {

    static final String ISSUER = "creditline-local-issuer";
    private static final Logger log = LoggerFactory.getLogger(LocalIssuerConfiguration.class);

    RSAPublicKey publicKey() {
        return PemKeys.publicKey(new ClassPathResource("creditline/local-keys/local-issuer.pub.pem"));
    }

    RSAPrivateKey privateKey() {
        return PemKeys.privateKey(new ClassPathResource("creditline/local-keys/local-issuer.pem"));
    }

    @Bean
    ReactiveJwtDecoder localIssuerTokens() {
        log.warn("the local token issuer is on (POST /oauth2/token); turn it off in any deployment");
        NimbusReactiveJwtDecoder decoder =
                NimbusReactiveJwtDecoder.withPublicKey(publicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }
}
