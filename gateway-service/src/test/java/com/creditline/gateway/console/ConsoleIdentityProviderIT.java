package com.creditline.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.test.HeadlessChromium;
import com.creditline.common.test.RealInfrastructure;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console with a real identity provider instead of the local issuer (a small OpenID provider
 * stands in for the bank's): the sign-in page offers the provider's button, the browser goes there
 * and back with a one-time code, the page exchanges it with its PKCE verifier, and the gateway then
 * accepts the provider's token (verified with the provider's published key) for what the staff
 * member's roles allow; a sign-in answer this page did not ask for is refused. Headless Chromium;
 * screenshots in target/console-screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "creditline.local-issuer.enabled=false",
            "creditline.console.identity-provider.client-id=creditline-console",
            "creditline.console.identity-provider.name=Bank SSO"
        })
@RealInfrastructure(kafka = false)
class ConsoleIdentityProviderIT {

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
        registry.add("creditline.console.identity-provider.issuer", PROVIDER::issuer);
    }

    @BeforeAll
    static void openABrowser() throws IOException {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        PROVIDER.close();
    }

    @AfterEach
    void browserConsoleHasNoErrors() {
        assertThat(HeadlessChromium.errors(browser))
                .as("errors in the browser console")
                .isEmpty();
    }

    @Test
    void shouldSignAnAdminInThroughTheProviderAndLetTheGatewayTrustItsToken() throws IOException {
        PROVIDER.signsInAs("alice@bank.example", List.of("ADMIN"));
        int issued = PROVIDER.tokensIssued();
        openConsole();
        WebElement button = waitFor(By.id("signin-provider-button"));
        assertThat(button.getText()).isEqualTo("Sign in with Bank SSO");
        assertThat(browser.findElement(By.id("signin-form")).isDisplayed()).isFalse();
        screenshot("sign-in-identity-provider");
        button.click();

        waitFor(By.id("nav"));
        assertThat(browser.findElement(By.id("who")).getText()).contains("alice@bank.example", "Admin");
        assertThat(browser.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
        assertThat(PROVIDER.tokensIssued()).isEqualTo(issued + 1);

        // The audit log is the gateway's own: it answers only if the provider's token is trusted.
        waitFor(By.cssSelector("#nav a[data-view=audit]")).click();
        wait(Duration.ofSeconds(20))
                .until(d -> !d.findElement(By.id("audit-detail")).getText().isBlank());
        assertThat(browser.findElement(By.id("audit-status")).getText()).isEmpty();
        screenshot("audit-log-identity-provider");
    }

    @Test
    void shouldShowAViewerOnlyWhatAViewerMaySee() {
        PROVIDER.signsInAs("vera@bank.example", List.of("VIEWER"));
        openConsole();
        waitFor(By.id("signin-provider-button")).click();
        waitFor(By.id("nav"));
        List<String> navigation = browser.findElements(By.cssSelector("#nav li")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
        assertThat(navigation).contains("Customer 360").doesNotContain("Audit log", "Collections queue");
    }

    @Test
    void shouldRefuseAnAnswerThisPageDidNotAskFor() {
        openConsole();
        waitFor(By.id("signin-provider-button"));
        // A sign-in this tab started (its state is "expected"), answered with another state.
        browser.executeScript(
                "sessionStorage.setItem('creditline.console.pending-sign-in', JSON.stringify({verifier: 'v',"
                        + " state: 'expected', tokenEndpoint: arguments[0] + '/token', clientId: 'creditline-console'}));",
                PROVIDER.issuer());
        int issued = PROVIDER.tokensIssued();
        int refused = PROVIDER.refused();
        browser.get(consoleUrl() + "?code=stolen&state=forged");

        assertThat(waitFor(By.id("signin-error")).getText()).contains("did not start");
        assertThat(browser.findElement(By.id("nav")).isDisplayed()).isFalse();
        assertThat(browser.getCurrentUrl()).doesNotContain("code=");
        assertThat(PROVIDER.tokensIssued()).isEqualTo(issued);
        assertThat(PROVIDER.refused()).as("the code never reached the provider").isEqualTo(refused);
    }

    private String consoleUrl() {
        return "http://localhost:" + port + "/console/";
    }

    private void openConsole() {
        browser.get(consoleUrl());
        browser.executeScript("sessionStorage.clear(); localStorage.setItem('creditline.console.lang', 'en');");
        browser.navigate().refresh();
    }

    private static WebElement waitFor(By locator) {
        return wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
