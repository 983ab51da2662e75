package com.creditline.common.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Import;

/** With JPA, every {@code Money} and typed-id attribute of every entity maps through common-lib's converters. */
@AutoConfiguration
@ConditionalOnClass(name = "jakarta.persistence.Entity")
@Import(ValueTypePersistence.class)
public class ValueTypePersistenceAutoConfiguration {}
