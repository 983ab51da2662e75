package com.creditline.common.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform's topics are created: enough partitions for a service's consumers to spread
 * over its replicas (a partition is read by one consumer of a group), and the replication factor
 * of the cluster (1 on a single local broker, 3 on a real cluster).
 */
@ConfigurationProperties("creditline.kafka")
record KafkaTopicsProperties(
        @DefaultValue("12") int partitions,
        @DefaultValue("1") short replicationFactor) {}
