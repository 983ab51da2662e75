package com.creditline.common.test.archfixture.bad.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A public controller: anything in the service could call it directly. */
@RestController
public class PublicController {

    @GetMapping("/public")
    @PreAuthorize("permitAll()")
    String get() {
        return "";
    }
}
