package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

class AppTests {

    @Test
    void everyStackSynthesizesWithoutErrorsAndNamesNoAccountOrRegion() {
        Stacks stacks = SynthesizedApp.stacks();

        assertThat(stacks.all()).hasSize(8).allSatisfy(stack -> {
            assertThat(SynthesizedApp.artifact(stack).getMessages())
                    .as("%s synthesis messages", stack.getStackName())
                    .noneMatch(message -> message.getLevel() == SynthesisMessageLevel.ERROR);
            assertThat(Token.isUnresolved(stack.getAccount()))
                    .as("%s account", stack.getStackName())
                    .isTrue();
            assertThat(Token.isUnresolved(stack.getRegion()))
                    .as("%s region", stack.getStackName())
                    .isTrue();
        });
    }

    @Test
    void contextOverridesTheDefaults() {
        App app = App.Builder.create()
                .context(Map.of(
                        "natGateways", "2",
                        "imageTag", "3f2a9c1",
                        "braintreeMerchantAccounts", "USD=acme_usd, EUR=acme_eur",
                        "checkoutCallbackUrls", "https://shop.example.com/cb,https://m.example.com/cb",
                        "merchantKeyGeneration", "2",
                        "retiringMerchantKeyArn", "arn:aws:kms:eu-west-1:111122223333:key/old"))
                .build();

        DeploySettings settings = DeploySettings.from(app.getNode());

        assertThat(settings.natGateways()).isEqualTo(2);
        assertThat(settings.imageTag()).isEqualTo("3f2a9c1");
        assertThat(settings.braintreeMerchantAccounts())
                .containsOnly(entry("USD", "acme_usd"), entry("EUR", "acme_eur"));
        assertThat(settings.checkoutCallbackUrls())
                .containsExactly("https://shop.example.com/cb", "https://m.example.com/cb");
        assertThat(settings.alarmEmail()).isEmpty();
        assertThat(settings.merchantKeyGeneration()).isEqualTo(2);
        assertThat(settings.retiringMerchantKeyArn()).contains("arn:aws:kms:eu-west-1:111122223333:key/old");
        assertThat(settings.operatorCallbackUrls())
                .isEqualTo(DeploySettings.defaults().operatorCallbackUrls());
        assertThat(settings.databaseReaders())
                .isEqualTo(DeploySettings.defaults().databaseReaders());
    }
}
