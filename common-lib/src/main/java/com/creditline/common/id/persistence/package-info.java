/**
 * JPA converters, applied to every attribute of a typed id in every service's entities (the
 * auto-configuration adds this package to those JPA scans).
 */
package com.creditline.common.id.persistence;
