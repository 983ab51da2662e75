/**
 * Fixtures for {@code ArchitectureRulesTest}: under {@code bad}, small classes that each break one
 * architecture rule; under {@code good}, a tiny service that keeps them all.
 */
package com.creditline.common.test.archfixture;
