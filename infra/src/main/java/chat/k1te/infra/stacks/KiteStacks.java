package chat.k1te.infra.stacks;

import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.InfraInputs;
import com.hashicorp.cdktf.TerraformStack;
import java.util.Collection;
import java.util.List;
import software.constructs.Construct;

/** Adds the requested stacks of {@link Stack} to an app. */
public final class KiteStacks {
  private KiteStacks() {}

  public static List<TerraformStack> add(
      Construct app, InfraInputs inputs, Collection<Stack> stacks) {
    NameLimits.check(inputs.installation());
    return stacks.stream().distinct().map(stack -> create(app, inputs, stack)).toList();
  }

  static TerraformStack create(Construct app, InfraInputs inputs, Stack stack) {
    return switch (stack) {
      case LOCAL -> new LocalStack(app);
      case KITE_BUILD -> new BuildStack(app, BuildProps.of(inputs));
      case KITE_DEV, KITE_PROD -> new StageStack(app, StageProps.of(stack, inputs));
    };
  }
}
