package com.creditline.common.test.archfixture.bad.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.util.Assert;

/** An entity, outside any named model package, that leans on Spring. */
@Entity
public class Account {

    @Id
    private String id;

    void rename(String id) {
        Assert.hasText(id, "id");
        this.id = id;
    }
}
