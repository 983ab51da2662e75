package com.creditline.collections;

import com.creditline.common.test.RealInfrastructure;
import com.creditline.common.test.fuzz.ApiFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No malformed request to any documented operation is answered with a 5xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CollectionsApiFuzzIT {

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerNoMalformedRequestWithAServerError() {
        ApiFuzz.of(port).run().assertNoServerError();
    }
}
