package dev.flarelink.simulator.routes;

import static dev.flarelink.simulator.http.Wire.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flarelink.simulator.http.Access;
import dev.flarelink.simulator.http.Call;
import dev.flarelink.simulator.http.Router;
import dev.flarelink.simulator.http.SimResponse;
import dev.flarelink.simulator.http.Wire;
import dev.flarelink.simulator.state.Security.CertificatePack;
import java.util.List;

/**
 * A zone's certificate packs: a paged list of the active packs ({@code status=all} adds those in
 * other states) and one pack by id.
 */
public final class CertificatePackRoutes {

  /** Registers the routes. */
  public void register(Router router) {
    var base = "/zones/{zone_id}/ssl/certificate_packs";
    var read = Access.zone("SSL and Certificates Read", "SSL and Certificates Write");
    router.add("GET", base, read, this::list);
    router.add("GET", base + "/{certificate_pack_id}", read, this::get);
  }

  private SimResponse list(Call call) {
    var status = call.query("status");
    if (status != null && !status.equals("all")) {
      throw fail(400, 1001, "status must be 'all' or left out");
    }
    var zoneId = call.param("zone_id");
    var packs =
        call.state().read(state -> List.copyOf(state.security().certificatePacks(zoneId))).stream()
            .filter(p -> status != null || p.status().equals("active"))
            .toList();
    return Paging.page(call, packs, Paging.CERTIFICATE_PACKS, CertificatePackRoutes::pack);
  }

  private SimResponse get(Call call) {
    var zoneId = call.param("zone_id");
    var id = call.param("certificate_pack_id");
    return call.state()
        .read(
            state ->
                Wire.ok(
                    pack(
                        state.security().certificatePacks(zoneId).stream()
                            .filter(p -> p.id().equals(id))
                            .findFirst()
                            .orElseThrow(
                                () -> fail(404, 1404, "Certificate pack " + id + " not found")))));
  }

  static ObjectNode pack(CertificatePack pack) {
    var node = Wire.object().put("id", pack.id()).put("type", pack.type());
    var hosts = node.putArray("hosts");
    pack.hosts().forEach(hosts::add);
    node.put("status", pack.status())
        .put("validation_method", pack.validationMethod())
        .put("validity_days", pack.validityDays())
        .put("certificate_authority", pack.certificateAuthority())
        .put("cloudflare_branding", pack.cloudflareBranding());
    var certificates = node.putArray("certificates");
    for (var certificate : pack.certificates()) {
      var item =
          certificates
              .addObject()
              .put("id", certificate.id())
              .put("zone_id", pack.zoneId())
              .put("issuer", certificate.issuer())
              .put("signature", certificate.signature())
              .put("status", certificate.status())
              .put("bundle_method", certificate.bundleMethod())
              .put("uploaded_on", Wire.time(certificate.uploadedOn()))
              .put("modified_on", Wire.time(certificate.modifiedOn()))
              .put("expires_on", Wire.time(certificate.expiresOn()))
              .put("priority", certificate.priority());
      var certificateHosts = item.putArray("hosts");
      certificate.hosts().forEach(certificateHosts::add);
    }
    if (!pack.certificates().isEmpty()) {
      node.put("primary_certificate", pack.certificates().getFirst().id());
    }
    return node;
  }
}
