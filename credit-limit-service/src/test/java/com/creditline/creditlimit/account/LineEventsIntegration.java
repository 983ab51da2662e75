package com.creditline.creditlimit.account;

import com.creditline.common.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What the line's event tests share: the service on a random port over real PostgreSQL and Kafka,
 * and a {@link LineProbe} to open lines, send the other services' events and read the line back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
abstract class LineEventsIntegration {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CreditLineServicing lines;

    LineProbe probe;

    @BeforeEach
    void probe() {
        probe = LineProbe.of(context, port);
    }
}
