package dev.flarelink.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a simulator in-process on a free port for a test class and injects it into test methods
 * and constructors. Register it as a static field to choose options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SimulatorExtension cloudflare = new SimulatorExtension(SimulatorOptions.defaults());
 * }</pre>
 *
 * Before each test the fault plan is cleared and the recorded requests and counters forgotten.
 */
public final class SimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private final SimulatorOptions options;
  private CloudflareSimulator simulator;

  /** An extension with the default options. */
  public SimulatorExtension() {
    this(SimulatorOptions.defaults());
  }

  /** An extension with these options. */
  public SimulatorExtension(SimulatorOptions options) {
    this.options = options;
  }

  /** The running simulator. */
  public CloudflareSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("The simulator starts before the first test of the class");
    }
    return simulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = CloudflareSimulator.start(options);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator.setFaults(options.faults());
    simulator.resetCounters();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CloudflareSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return simulator();
  }
}
