package org.paperdigest.maven.links.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.maven.links.settings.LinkSettings;

/** The small parsers behind the link parameters, and the comparisons they feed. */
class LinkSettingsPartsTest {

  @Test
  void acceptedStatusTakesRangesCodesAndPerHostOverrides() {
    StatusPolicy policy =
        StatusPolicy.parse(List.of("200..299", "403", "www.linkedin.com:999", "linkedin.com:200"));

    assertThat(policy.accepts("github.com", 204)).isTrue();
    assertThat(policy.accepts("github.com", 403)).isTrue();
    assertThat(policy.accepts("github.com", 404)).isFalse();
    assertThat(policy.accepts("www.linkedin.com", 999)).isTrue();
    assertThat(policy.accepts("www.linkedin.com", 200)).isFalse(); // the first matching host wins
    assertThat(policy.accepts("linkedin.com", 200)).isTrue();
  }

  @Test
  void acceptedStatusDefaultsTo2xxAndRejectsNonsense() {
    assertThat(StatusPolicy.parse(List.of()).accepts("x.org", 299)).isTrue();
    assertThat(StatusPolicy.parse(List.of()).accepts("x.org", 301)).isFalse();
    assertThatThrownBy(() -> LinkSettings.builder().acceptedStatus(List.of("2xx")).build())
        .hasMessage(
            "acceptedStatus: '2xx' is not a status code or range such as 200..299 or host:403");
    assertThatThrownBy(() -> LinkSettings.builder().acceptedStatus(List.of("300..200")).build())
        .hasMessage("acceptedStatus: '300..200' is not a status range between 100 and 999");
  }

  @Test
  void internalAddressesAreBlockedUnlessAllowListed() throws Exception {
    AddressPolicy none = AddressPolicy.parse(List.of());
    for (String internal :
        List.of(
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "::1",
            "fd00::1",
            "fe80::1",
            "0.0.0.0",
            "100.64.0.1")) {
      assertThat(none.allowsAddress(InetAddress.getByName(internal))).as(internal).isFalse();
    }
    assertThat(none.allowsAddress(InetAddress.getByName("93.184.216.34"))).isTrue();

    AddressPolicy allowed = AddressPolicy.parse(List.of("127.0.0.0/8", "intranet.example", "::1"));
    assertThat(allowed.allowsAddress(InetAddress.getByName("127.0.0.20"))).isTrue();
    assertThat(allowed.allowsAddress(InetAddress.getByName("::1"))).isTrue();
    assertThat(allowed.allowsAddress(InetAddress.getByName("10.0.0.1"))).isFalse();
    assertThat(allowed.allowsHost("wiki.intranet.example")).isTrue();
    assertThat(allowed.allowsHost("intranet.example.com")).isFalse();
    assertThatThrownBy(() -> LinkSettings.builder().allowedHosts(List.of("10.0.0.0/33")).build())
        .hasMessage("allowedHosts: '10.0.0.0/33' has no valid prefix length");
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Mon, 23 Nov 2026 10:00:30 GMT", now))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Mon, 23 Nov 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", now)).isEmpty();
  }

  @Test
  void durationsAreReadAsUsersWriteThem() {
    assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse("20s")).isEqualTo(Duration.ofSeconds(20));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse("PT90S")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.format(Duration.ofHours(1))).isEqualTo("1h");
    assertThatThrownBy(() -> LinkSettings.builder().linkTimeout("0s").build())
        .hasMessage("linkTimeout: must be longer than zero");
    assertThatThrownBy(() -> LinkSettings.builder().linkCacheMaxAge("a while").build())
        .hasMessage(
            "linkCacheMaxAge: 'a while' is not a duration: write 250ms, 20s, 5m, 1h, 1d or PT20S");
    assertThatThrownBy(() -> LinkSettings.builder().mode("sometimes").build())
        .hasMessage("links: 'sometimes' is not a link mode: use off, offline or online");
  }

  @Test
  void requestUrlsAreAbsoluteHttpWithoutFragmentAndInAscii() {
    assertThat(RequestUrl.parse("https://github.com/org/repo#readme"))
        .hasValueSatisfying(u -> assertThat(u).hasToString("https://github.com/org/repo"));
    assertThat(RequestUrl.parse("https://例え.jp/パス"))
        .hasValueSatisfying(
            u -> assertThat(u).hasToString("https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"));
    assertThat(RequestUrl.parse("HTTPS://Example.org/A"))
        .hasValueSatisfying(u -> assertThat(u).hasToString("https://Example.org/A"));
    assertThat(RequestUrl.parse("figures/a.png")).isEmpty();
    assertThat(RequestUrl.parse("ftp://example.org/")).isEmpty();
    assertThat(RequestUrl.parse("https://exa mple.org/")).isEmpty();
  }

  @Test
  void remapsRewriteTheFirstMatch() {
    LinkSettings settings =
        LinkSettings.builder()
            .linkRemaps(List.of("^https://old\\.example/(.*) https://new.example/$1"))
            .linkIncludes(List.of("example"))
            .linkExcludes(List.of("/private/"))
            .build();

    assertThat(settings.remaps().apply("https://old.example/a/b"))
        .isEqualTo("https://new.example/a/b");
    assertThat(settings.remaps().apply("https://other.example/"))
        .isEqualTo("https://other.example/");
    assertThat(settings.selection().selects("https://old.example/a")).isTrue();
    assertThat(settings.selection().selects("https://old.example/private/a")).isFalse();
    assertThat(settings.selection().selects("https://github.com/")).isFalse();
    assertThatThrownBy(() -> LinkSettings.builder().linkRemaps(List.of("nospace")).build())
        .hasMessage(
            "linkRemaps: 'nospace' must be a regular expression, a space and a replacement");
  }
}
