package com.creditline.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class PersonalDataTest {

    @Test
    void shouldMaskPhoneNumbersIdNumbersCardsAndEmailAddresses() {
        assertThat(PersonalData.mask("call 13812345678 now")).isEqualTo("call *******5678 now");
        assertThat(PersonalData.mask("call +86 138-1234-5678")).isEqualTo("call +*********5678");
        assertThat(PersonalData.mask("id 11010519491231002X ok")).isEqualTo("id **************002X ok");
        assertThat(PersonalData.mask("card 6222 0212 3456 7890 123")).isEqualTo("card ***************0123");
        assertThat(PersonalData.mask("mail li.wei@example.com")).isEqualTo("mail l***@example.com");
    }

    @Test
    void shouldLeaveMoneyDatesIdsAndOrdinaryNumbersAlone() {
        String ordinary = "order o-123 captured 1800.00 on 2026-11-22, plan 6 months, 1200 ms";
        assertThat(PersonalData.mask(ordinary)).isEqualTo(ordinary);
        String uuid = "event 3f2b9c1e-8d4a-4f6b-9a2e-5c7d8e9f0a1b";
        assertThat(PersonalData.mask(uuid)).isEqualTo(uuid);
    }

    @Test
    void shouldMaskEveryStringOfAStructuredLogLine() {
        JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
            members.add("message", m -> m.get("message"));
            members.add("error", m -> m.get("error"));
            new PersonalDataMasking().customize((JsonWriter.Members) members);
        });
        String line =
                writer.writeToString(Map.of("message", "paid by 13812345678", "error", "card 6222021234567890123"));
        assertThat(line).doesNotContain("13812345678", "6222021234567890123").contains("*******5678", "0123");
    }
}
