package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CasePolicy;
import com.creditline.common.inbox.EventHandler;
import com.creditline.events.repayment.LoansChargedOff;
import com.creditline.events.repayment.RepaymentTopics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case policy, from configuration, and the handler of repayment's charge-off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseProperties.class)
class CaseConfiguration {

    @Bean
    CasePolicy casePolicy(CaseProperties properties) {
        return properties.policy();
    }

    @Bean
    EventHandler<LoansChargedOff> caseOnLoansChargedOff(ChargeOffFollowing following) {
        return EventHandler.on(RepaymentTopics.LEDGER, LoansChargedOff.class, (e, envelope) -> following.follow(e));
    }
}
