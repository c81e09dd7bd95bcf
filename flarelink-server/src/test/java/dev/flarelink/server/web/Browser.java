package dev.flarelink.server.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (never downloaded), with screenshots
 * saved under {@code target/screenshots} as build artifacts.
 */
final class Browser implements AutoCloseable {

  private static final Path SHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final String baseUrl;
  private int shots;

  private Browser(ChromeDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /** The path of {@code program} on PATH, if it is there. */
  static Optional<Path> onPath(String program) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  static Browser open(Path chromium, Path chromedriver, String baseUrl) {
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    var options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000");
    return new Browser(new ChromeDriver(service, options), baseUrl);
  }

  void go(String path) {
    driver.get(baseUrl + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Waits up to 20 s for {@code condition}; the page's own events drive it. An element htmx
   * replaced while the condition read it is read again on the next try.
   */
  <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement awaitElement(String css) {
    return await(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  /** Saves a screenshot of the whole page as it is, numbered in the order taken. */
  void shot(String name) {
    var window = driver.manage().window();
    var size = window.getSize();
    var height = ((Number) driver.executeScript("return document.documentElement.scrollHeight"));
    window.setSize(new Dimension(size.getWidth(), Math.min(6000, height.intValue() + 140)));
    try {
      Files.createDirectories(SHOTS);
      var file = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          file.toPath(),
          SHOTS.resolve(String.format("%02d-%s.png", ++shots, name)),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      window.setSize(size);
    }
  }

  /** Saves a screenshot at a phone's width (390 px), then goes back to the desktop size. */
  void phoneShot(String name) {
    driver.manage().window().setSize(new Dimension(390, 844));
    shot(name + "-phone");
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
