package com.creditline.common.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Import;

/** With JPA, every {@code Money} attribute of every entity maps through common-lib's converter. */
@AutoConfiguration
@ConditionalOnClass(name = "jakarta.persistence.Entity")
@Import(MoneyPersistence.class)
public class MoneyPersistenceAutoConfiguration {}
