package com.creditline.common.test.archfixture.bad.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An endpoint that does not say who may call it. */
@RestController
class OpenController {

    @GetMapping("/open")
    String get() {
        return "";
    }
}
