package com.creditline.common.autoconfigure;

import com.creditline.common.id.persistence.OrderIdConverter;
import com.creditline.common.money.MoneyConverter;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Adds the converters' packages to the packages JPA scans, so that every {@code Money} and every
 * typed id ({@code CustomerId}, {@code OrderId}, ...) attribute of every service's entities maps
 * through common-lib's converters without each service declaring them.
 */
class ValueTypePersistence implements ImportBeanDefinitionRegistrar {

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        AutoConfigurationPackages.register(
                registry, MoneyConverter.class.getPackageName(), OrderIdConverter.class.getPackageName());
    }
}
