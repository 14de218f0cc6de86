package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.data_aws_caller_identity.DataAwsCallerIdentity;
import chat.k1te.infra.aws.data_aws_partition.DataAwsPartition;
import chat.k1te.infra.aws.data_aws_region.DataAwsRegion;
import software.constructs.Construct;

/** The account, region and partition Terraform runs against, for building ARNs. */
public record AwsAccount(String partition, String region, String accountId) {

  public static AwsAccount lookUp(Construct scope) {
    return new AwsAccount(
        new DataAwsPartition(scope, "partition").getPartition(),
        new DataAwsRegion(scope, "region").getName(),
        new DataAwsCallerIdentity(scope, "caller").getAccountId());
  }

  /** {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
  public String arn(String service, String resource) {
    return "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":" + resource;
  }

  /** ARN of a global service (IAM): no region. */
  public String globalArn(String service, String resource) {
    return "arn:" + partition + ":" + service + "::" + accountId + ":" + resource;
  }

  /** ARN of an S3 bucket or object: neither region nor account. */
  public String s3(String bucketAndKey) {
    return "arn:" + partition + ":s3:::" + bucketAndKey;
  }

  /** ARN of API Gateway management resources (v2 APIs, domain names): no account. */
  public String apigateway(String path) {
    return "arn:" + partition + ":apigateway:" + region + "::" + path;
  }

  /** The URI API Gateway calls a Lambda function through. */
  public String lambdaInvokeUri(String functionName) {
    return "arn:"
        + partition
        + ":apigateway:"
        + region
        + ":lambda:path/2015-03-31/functions/"
        + arn("lambda", "function:" + functionName)
        + "/invocations";
  }
}
