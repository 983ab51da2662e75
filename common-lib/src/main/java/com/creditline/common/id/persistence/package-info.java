/**
 * The typed ids as Hibernate types, registered for every service's JPA ({@link
 * com.creditline.common.id.persistence.TypedIdTypes}): an entity's {@code CustomerId},
 * {@code OrderId}, ... field, key or not, maps to its column with no annotation.
 */
package com.creditline.common.id.persistence;
