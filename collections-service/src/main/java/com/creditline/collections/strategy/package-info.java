/** The reminder strategy from configuration ({@code collections.strategy.steps}); the strategy itself is in {@code strategy.model}. */
package com.creditline.collections.strategy;
