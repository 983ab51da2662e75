package com.creditline.common.test.archfixture.bad.service;

import org.springframework.stereotype.Service;

/** A service with nine collaborators, doing too much. */
@Service
class Overloaded {

    Overloaded(
            Object orders,
            Object plans,
            Object holds,
            Object refunds,
            Object captures,
            Object partners,
            Object outbox,
            Object clock,
            Object client) {}
}
