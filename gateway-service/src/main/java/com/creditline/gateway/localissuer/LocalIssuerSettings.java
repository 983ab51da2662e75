package com.creditline.gateway.localissuer;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The local issuer's clients and staff users (application.yml, creditline.local-issuer). */
@ConfigurationProperties("creditline.local-issuer")
record LocalIssuerSettings(
        boolean enabled,
        @DefaultValue Map<String, Client> clients,
        @DefaultValue Map<String, StaffUser> staff) {

    record Client(String secret, List<String> scopes) {}

    record StaffUser(String password, List<String> roles) {}
}
