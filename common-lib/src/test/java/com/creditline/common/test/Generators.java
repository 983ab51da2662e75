package com.creditline.common.test;

import org.quicktheories.core.Gen;

/**
 * Generators the property tests share, on top of QuickTheories' own. QuickTheories takes at most
 * four generators in {@code forAll}; {@link #tuple} combines any number into one, and shrinks
 * like its parts, since QuickTheories shrinks the randomness the parts are drawn from.
 */
public final class Generators {

    private Generators() {}

    /** One value from each generator, in order: cast each back to its type in the check. */
    public static Gen<Object[]> tuple(Gen<?>... parts) {
        return random -> {
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].generate(random);
            }
            return values;
        };
    }
}
