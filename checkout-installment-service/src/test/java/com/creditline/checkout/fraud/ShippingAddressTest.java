package com.creditline.checkout.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShippingAddressTest {

    @Test
    void shouldGiveTheSameFingerprintToTheSameAddressTypedDifferently() {
        var typed = new ShippingAddress("  88 Nanjing Road,\tHuangpu  SHANGHAI ");
        var again = new ShippingAddress("88 nanjing road, huangpu shanghai");

        assertThat(typed.fingerprint()).isEqualTo(again.fingerprint());
        assertThat(typed.fingerprint().value()).matches(AddressFingerprint.FORMAT);
        assertThat(new ShippingAddress("89 Nanjing Road, Huangpu, Shanghai").fingerprint())
                .isNotEqualTo(typed.fingerprint());
    }

    @Test
    void shouldFoldFullWidthSpacesAndDigitsAsChineseKeyboardsTypeThem() {
        assertThat(new ShippingAddress("上海市\u3000黄浦区　南京东路８８号").fingerprint())
                .isEqualTo(new ShippingAddress("上海市 黄浦区 南京东路88号").fingerprint());
    }

    @Test
    void shouldShowOnlyAMaskedFormAndNeverTheAddress() {
        var address = new ShippingAddress("88 Nanjing Road, Shanghai");

        assertThat(address.masked()).isEqualTo("88 ****ai");
        assertThat(address.toString()).isEqualTo("88 ****ai").doesNotContain("Nanjing");
        assertThat(new ShippingAddress("Room 1").masked()).isEqualTo("****");
        assertThat(new ShippingAddress("上海市黄浦区南京东路88号").masked()).isEqualTo("上海市****8号");
    }

    @Test
    void shouldTakeABlankAddressAsNone() {
        assertThat(ShippingAddress.ofNullable("   ")).isNull();
        assertThat(ShippingAddress.ofNullable(null)).isNull();
    }
}
