package dev.flarelink.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.cloudflare.paging.Paged;
import dev.flarelink.core.error.InvalidInputException;
import dev.flarelink.simulator.contract.OpenApiContract;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The declarations agree with themselves and with Cloudflare's official OpenAPI description. */
class ResourceCatalogueTest {

  private static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  private static final String ZONE = "353c0d2738a13ac9da8fece4f501e320";
  private static final String ID = "2f2feab2026849078ba485f918791bdc";

  @Test
  void namesAreUniqueAndFoundInAnyCase() {
    var names = new HashSet<String>();
    for (var type : ResourceCatalogue.types()) {
      assertThat(names.add(type.name())).as(type.name()).isTrue();
      assertThat(ResourceCatalogue.find(type.name().toUpperCase(Locale.ROOT).replace('_', '-')))
          .contains(type);
    }
    assertThat(names)
        .contains(
            "rulesets",
            "ip_access_rules",
            "page_rules",
            "certificate_packs",
            "load_balancers",
            "load_balancer_pools",
            "load_balancer_monitors",
            "health_checks",
            "waiting_rooms");
  }

  @Test
  void anUnknownTypeIsBadInputListingTheTypes() {
    assertThatThrownBy(() -> ResourceCatalogue.named("type", "firewalls"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("page_rules")
        .hasMessageContaining("firewalls");
  }

  @Test
  void everyPermissionIsOneItsServiceAsksFor() {
    for (var type : ResourceCatalogue.types()) {
      assertThat(type.service().permissions()).as(type.name()).containsAll(type.permissions());
      assertThat(type.description()).as(type.name()).isNotBlank();
      assertThat(type.fields()).as(type.name()).isNotEmpty();
    }
  }

  @Test
  void everyEndpointIsOneCloudflareDocuments() {
    var complaints = new ArrayList<String>();
    for (var type : ResourceCatalogue.types()) {
      for (var source : type.sources()) {
        var owner = source.scope() == ResourceScope.ACCOUNT ? ACCOUNT : ZONE;
        var query = new LinkedHashMap<String, List<String>>();
        source.query().forEach((name, value) -> query.put(name, List.of(value)));
        if (source.listing().style() == Paged.Style.PAGE) {
          query.put("page", List.of("1"));
          query.put("per_page", List.of(String.valueOf(source.listing().perPage())));
        }
        var list = source.listPath(owner);
        OpenApiContract.checkRequest("GET", list, query, null, null).stream()
            .map(c -> type.name() + " GET " + list + ": " + c)
            .forEach(complaints::add);
        var item = source.itemPath(owner, ID, "");
        if (item != null) {
          OpenApiContract.checkRequest("GET", item, Map.of(), null, null).stream()
              .map(c -> type.name() + " GET " + item + ": " + c)
              .forEach(complaints::add);
        }
        for (var part : type.parts()) {
          var path = source.itemPath(owner, ID, part.suffix());
          OpenApiContract.checkRequest("GET", path, Map.of(), null, null).stream()
              .map(c -> type.name() + " GET " + path + ": " + c)
              .forEach(complaints::add);
        }
      }
      if (type.detailed()) {
        assertThat(type.sources()).allMatch(source -> source.itemPath(ACCOUNT, ID, "") != null);
      }
    }
    assertThat(complaints).isEmpty();
    // The check can fail: a path Cloudflare does not document is refused.
    assertThat(
            OpenApiContract.checkRequest(
                "GET", "/zones/" + ZONE + "/page_rules", Map.of(), null, null))
        .isNotEmpty();
  }

  @Test
  void pathsEncodeTheirIdentifiers() {
    var source = ResourceCatalogue.PAGE_RULES.source(ResourceScope.ZONE);
    assertThat(source.listPath("a/b")).isEqualTo("/zones/a%2Fb/pagerules");
    assertThat(source.itemPath(ZONE, "x y", "")).isEqualTo("/zones/" + ZONE + "/pagerules/x%20y");
  }
}
