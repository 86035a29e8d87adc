package io.paystream.edge.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystream.edge.problem.InvalidRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListQueryTests {

    private static final Set<String> STATUSES = Set.of("AUTHORIZED", "CAPTURED");

    @Test
    void withoutParametersTheNewestTwentyOfEverything() {
        assertThat(ListQuery.read(Map.of(), STATUSES)).isEqualTo(new ListQuery(null, null, null, null, 20, null));
    }

    @Test
    void everyFilterIsRead() {
        ListQuery query = ListQuery.read(
                Map.of(
                        "status", new String[] {"CAPTURED"},
                        "customerId", new String[] {"alice"},
                        "createdFrom", new String[] {"2026-12-01T00:00:00Z"},
                        "createdTo", new String[] {"2026-12-02T00:00:00Z"},
                        "limit", new String[] {"100"},
                        "startingAfter", new String[] {"pay_01ABC"}),
                STATUSES);

        assertThat(query)
                .isEqualTo(new ListQuery(
                        "CAPTURED",
                        "alice",
                        Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2026-12-02T00:00:00Z"),
                        100,
                        "pay_01ABC"));
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        assertThatThrownBy(() -> ListQuery.read(
                        Map.of(
                                "status", new String[] {"LOST"},
                                "createdFrom", new String[] {"yesterday"},
                                "limit", new String[] {"101"},
                                "startingAfter", new String[] {"../x"},
                                "customer", new String[] {"alice"},
                                "customerId", new String[] {"a", "b"}),
                        STATUSES))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        invalid -> assertThat((List<?>) invalid.properties().get("errors"))
                                .extracting(error -> ((io.paystream.edge.problem.FieldError) error).field())
                                .containsExactlyInAnyOrder(
                                        "status", "createdFrom", "limit", "startingAfter", "customer", "customerId"));
        for (Map<String, String[]> bad : List.of(
                Map.of("limit", new String[] {"0"}),
                Map.of("limit", new String[] {"-1"}),
                Map.of("createdFrom", new String[] {"2026-12-02T00:00:00Z"}, "createdTo", new String[] {
                    "2026-12-01T00:00:00Z"
                }))) {
            assertThatThrownBy(() -> ListQuery.read(bad, STATUSES)).isInstanceOf(InvalidRequest.class);
        }
    }

    @Test
    void anEdgeThatPassesTheListOnLetsAnyStatusNameThroughButNotGarbage() {
        assertThat(ListQuery.read(Map.of("status", new String[] {"RISK_REVIEW"}))
                        .status())
                .isEqualTo("RISK_REVIEW");
        assertThatThrownBy(() -> ListQuery.read(Map.of("status", new String[] {"captured'--"})))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void aPageReadWithOneMoreKnowsWhetherMoreFollow() {
        assertThat(ListPage.of(List.of(1, 2, 3), 2)).isEqualTo(new ListPage<>(List.of(1, 2), true));
        assertThat(ListPage.of(List.of(1, 2), 2)).isEqualTo(new ListPage<>(List.of(1, 2), false));
    }
}
