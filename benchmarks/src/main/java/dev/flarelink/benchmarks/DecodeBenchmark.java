package dev.flarelink.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import dev.flarelink.cloudflare.http.CloudflareRequest;
import dev.flarelink.cloudflare.http.CloudflareResponse;
import dev.flarelink.cloudflare.internal.Json;
import dev.flarelink.cloudflare.internal.ResponseDecoder;
import dev.flarelink.cloudflare.model.DnsRecord;
import dev.flarelink.cloudflare.model.Envelope;
import dev.flarelink.cloudflare.model.Member;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the client decodes a page: a 5,000-record DNS page and a 50-member page, envelope and
 * all, from bytes to records. Run with {@code -prof gc} for bytes allocated per operation; divide
 * by 5,000 or 50 for bytes per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {

  private final ResponseDecoder decoder = new ResponseDecoder(Clock.systemUTC());
  private final CloudflareRequest request = CloudflareRequest.builder("GET", "/bench").build();
  private final JavaType dnsType =
      Json.mapper().getTypeFactory().constructCollectionType(List.class, DnsRecord.class);
  private final JavaType memberType =
      Json.mapper().getTypeFactory().constructCollectionType(List.class, Member.class);
  private CloudflareResponse dnsPage;
  private CloudflareResponse memberPage;

  /** Fetches the bodies from a simulator once. */
  @Setup
  public void setUp() {
    var bodies = new Bodies();
    var headers = Map.of("content-type", List.of("application/json"));
    dnsPage = new CloudflareResponse(200, headers, bodies.dnsPage);
    memberPage = new CloudflareResponse(200, headers, bodies.memberPage);
  }

  /** Decodes a 5,000-record DNS page. */
  @Benchmark
  public Envelope<List<DnsRecord>> dnsPage5000() {
    return decoder.decode(request, dnsPage, dnsType);
  }

  /** Decodes a 50-member page. */
  @Benchmark
  public Envelope<List<Member>> memberPage50() {
    return decoder.decode(request, memberPage, memberType);
  }
}
