package com.creditline.common.autoconfigure;

import com.creditline.common.money.MoneyConverter;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Adds the money package to the packages JPA scans, so that every {@code Money} attribute of every
 * service's entities maps through common-lib's converter without each service declaring it (the
 * typed ids register themselves as Hibernate types: {@code common.id.persistence}).
 */
class MoneyPersistence implements ImportBeanDefinitionRegistrar {

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        AutoConfigurationPackages.register(registry, MoneyConverter.class.getPackageName());
    }
}
