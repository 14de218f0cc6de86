// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.provider;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code AwsProviderEndpoints}. */
public final class AwsProviderEndpoints implements TerraformStruct {
  private final String accessanalyzer;
  private final String account;
  private final String acm;
  private final String acmpca;
  private final String amg;
  private final String amp;
  private final String amplify;
  private final String apigateway;
  private final String apigatewayv2;
  private final String appautoscaling;
  private final String appconfig;
  private final String appflow;
  private final String appintegrations;
  private final String appintegrationsservice;
  private final String applicationautoscaling;
  private final String applicationinsights;
  private final String appmesh;
  private final String apprunner;
  private final String appstream;
  private final String appsync;
  private final String athena;
  private final String auditmanager;
  private final String autoscaling;
  private final String autoscalingplans;
  private final String backup;
  private final String batch;
  private final String beanstalk;
  private final String bedrock;
  private final String budgets;
  private final String ce;
  private final String chime;
  private final String chimesdkmediapipelines;
  private final String chimesdkvoice;
  private final String cleanrooms;
  private final String cloud9;
  private final String cloudcontrol;
  private final String cloudcontrolapi;
  private final String cloudformation;
  private final String cloudfront;
  private final String cloudhsm;
  private final String cloudhsmv2;
  private final String cloudsearch;
  private final String cloudtrail;
  private final String cloudwatch;
  private final String cloudwatchevents;
  private final String cloudwatchevidently;
  private final String cloudwatchlog;
  private final String cloudwatchlogs;
  private final String cloudwatchobservabilityaccessmanager;
  private final String cloudwatchrum;
  private final String codeartifact;
  private final String codebuild;
  private final String codecatalyst;
  private final String codecommit;
  private final String codedeploy;
  private final String codegurureviewer;
  private final String codepipeline;
  private final String codestarconnections;
  private final String codestarnotifications;
  private final String cognitoidentity;
  private final String cognitoidentityprovider;
  private final String cognitoidp;
  private final String comprehend;
  private final String computeoptimizer;
  private final String config;
  private final String configservice;
  private final String connect;
  private final String controltower;
  private final String costandusagereportservice;
  private final String costexplorer;
  private final String cur;
  private final String databasemigration;
  private final String databasemigrationservice;
  private final String dataexchange;
  private final String datapipeline;
  private final String datasync;
  private final String dax;
  private final String deploy;
  private final String detective;
  private final String devicefarm;
  private final String directconnect;
  private final String directoryservice;
  private final String dlm;
  private final String dms;
  private final String docdb;
  private final String docdbelastic;
  private final String ds;
  private final String dynamodb;
  private final String ec2;
  private final String ecr;
  private final String ecrpublic;
  private final String ecs;
  private final String efs;
  private final String eks;
  private final String elasticache;
  private final String elasticbeanstalk;
  private final String elasticloadbalancing;
  private final String elasticloadbalancingv2;
  private final String elasticsearch;
  private final String elasticsearchservice;
  private final String elastictranscoder;
  private final String elb;
  private final String elbv2;
  private final String emr;
  private final String emrcontainers;
  private final String emrserverless;
  private final String es;
  private final String eventbridge;
  private final String events;
  private final String evidently;
  private final String finspace;
  private final String firehose;
  private final String fis;
  private final String fms;
  private final String fsx;
  private final String gamelift;
  private final String glacier;
  private final String globalaccelerator;
  private final String glue;
  private final String grafana;
  private final String greengrass;
  private final String guardduty;
  private final String healthlake;
  private final String iam;
  private final String identitystore;
  private final String imagebuilder;
  private final String inspector;
  private final String inspector2;
  private final String inspectorv2;
  private final String internetmonitor;
  private final String iot;
  private final String iotanalytics;
  private final String iotevents;
  private final String ivs;
  private final String ivschat;
  private final String kafka;
  private final String kafkaconnect;
  private final String kendra;
  private final String keyspaces;
  private final String kinesis;
  private final String kinesisanalytics;
  private final String kinesisanalyticsv2;
  private final String kinesisvideo;
  private final String kms;
  private final String lakeformation;
  private final String lambda;
  private final String lex;
  private final String lexmodelbuilding;
  private final String lexmodelbuildingservice;
  private final String lexmodels;
  private final String lexmodelsv2;
  private final String lexv2Models;
  private final String licensemanager;
  private final String lightsail;
  private final String location;
  private final String locationservice;
  private final String logs;
  private final String macie2;
  private final String managedgrafana;
  private final String mediaconnect;
  private final String mediaconvert;
  private final String medialive;
  private final String mediapackage;
  private final String mediastore;
  private final String memorydb;
  private final String mq;
  private final String msk;
  private final String mwaa;
  private final String neptune;
  private final String networkfirewall;
  private final String networkmanager;
  private final String oam;
  private final String opensearch;
  private final String opensearchserverless;
  private final String opensearchservice;
  private final String opsworks;
  private final String organizations;
  private final String outposts;
  private final String pinpoint;
  private final String pipes;
  private final String pricing;
  private final String prometheus;
  private final String prometheusservice;
  private final String qldb;
  private final String quicksight;
  private final String ram;
  private final String rbin;
  private final String rds;
  private final String recyclebin;
  private final String redshift;
  private final String redshiftdata;
  private final String redshiftdataapiservice;
  private final String redshiftserverless;
  private final String resourceexplorer2;
  private final String resourcegroups;
  private final String resourcegroupstagging;
  private final String resourcegroupstaggingapi;
  private final String rolesanywhere;
  private final String route53;
  private final String route53Domains;
  private final String route53Recoverycontrolconfig;
  private final String route53Recoveryreadiness;
  private final String route53Resolver;
  private final String rum;
  private final String s3;
  private final String s3Api;
  private final String s3Control;
  private final String s3Outposts;
  private final String sagemaker;
  private final String scheduler;
  private final String schemas;
  private final String sdb;
  private final String secretsmanager;
  private final String securityhub;
  private final String securitylake;
  private final String serverlessapplicationrepository;
  private final String serverlessapprepo;
  private final String serverlessrepo;
  private final String servicecatalog;
  private final String servicediscovery;
  private final String servicequotas;
  private final String ses;
  private final String sesv2;
  private final String sfn;
  private final String shield;
  private final String signer;
  private final String simpledb;
  private final String sns;
  private final String sqs;
  private final String ssm;
  private final String ssmcontacts;
  private final String ssmincidents;
  private final String ssoadmin;
  private final String stepfunctions;
  private final String storagegateway;
  private final String sts;
  private final String swf;
  private final String synthetics;
  private final String timestreamwrite;
  private final String transcribe;
  private final String transcribeservice;
  private final String transfer;
  private final String verifiedpermissions;
  private final String vpclattice;
  private final String waf;
  private final String wafregional;
  private final String wafv2;
  private final String worklink;
  private final String workspaces;
  private final String xray;

  private AwsProviderEndpoints(Builder builder) {
    this.accessanalyzer = builder.accessanalyzer;
    this.account = builder.account;
    this.acm = builder.acm;
    this.acmpca = builder.acmpca;
    this.amg = builder.amg;
    this.amp = builder.amp;
    this.amplify = builder.amplify;
    this.apigateway = builder.apigateway;
    this.apigatewayv2 = builder.apigatewayv2;
    this.appautoscaling = builder.appautoscaling;
    this.appconfig = builder.appconfig;
    this.appflow = builder.appflow;
    this.appintegrations = builder.appintegrations;
    this.appintegrationsservice = builder.appintegrationsservice;
    this.applicationautoscaling = builder.applicationautoscaling;
    this.applicationinsights = builder.applicationinsights;
    this.appmesh = builder.appmesh;
    this.apprunner = builder.apprunner;
    this.appstream = builder.appstream;
    this.appsync = builder.appsync;
    this.athena = builder.athena;
    this.auditmanager = builder.auditmanager;
    this.autoscaling = builder.autoscaling;
    this.autoscalingplans = builder.autoscalingplans;
    this.backup = builder.backup;
    this.batch = builder.batch;
    this.beanstalk = builder.beanstalk;
    this.bedrock = builder.bedrock;
    this.budgets = builder.budgets;
    this.ce = builder.ce;
    this.chime = builder.chime;
    this.chimesdkmediapipelines = builder.chimesdkmediapipelines;
    this.chimesdkvoice = builder.chimesdkvoice;
    this.cleanrooms = builder.cleanrooms;
    this.cloud9 = builder.cloud9;
    this.cloudcontrol = builder.cloudcontrol;
    this.cloudcontrolapi = builder.cloudcontrolapi;
    this.cloudformation = builder.cloudformation;
    this.cloudfront = builder.cloudfront;
    this.cloudhsm = builder.cloudhsm;
    this.cloudhsmv2 = builder.cloudhsmv2;
    this.cloudsearch = builder.cloudsearch;
    this.cloudtrail = builder.cloudtrail;
    this.cloudwatch = builder.cloudwatch;
    this.cloudwatchevents = builder.cloudwatchevents;
    this.cloudwatchevidently = builder.cloudwatchevidently;
    this.cloudwatchlog = builder.cloudwatchlog;
    this.cloudwatchlogs = builder.cloudwatchlogs;
    this.cloudwatchobservabilityaccessmanager = builder.cloudwatchobservabilityaccessmanager;
    this.cloudwatchrum = builder.cloudwatchrum;
    this.codeartifact = builder.codeartifact;
    this.codebuild = builder.codebuild;
    this.codecatalyst = builder.codecatalyst;
    this.codecommit = builder.codecommit;
    this.codedeploy = builder.codedeploy;
    this.codegurureviewer = builder.codegurureviewer;
    this.codepipeline = builder.codepipeline;
    this.codestarconnections = builder.codestarconnections;
    this.codestarnotifications = builder.codestarnotifications;
    this.cognitoidentity = builder.cognitoidentity;
    this.cognitoidentityprovider = builder.cognitoidentityprovider;
    this.cognitoidp = builder.cognitoidp;
    this.comprehend = builder.comprehend;
    this.computeoptimizer = builder.computeoptimizer;
    this.config = builder.config;
    this.configservice = builder.configservice;
    this.connect = builder.connect;
    this.controltower = builder.controltower;
    this.costandusagereportservice = builder.costandusagereportservice;
    this.costexplorer = builder.costexplorer;
    this.cur = builder.cur;
    this.databasemigration = builder.databasemigration;
    this.databasemigrationservice = builder.databasemigrationservice;
    this.dataexchange = builder.dataexchange;
    this.datapipeline = builder.datapipeline;
    this.datasync = builder.datasync;
    this.dax = builder.dax;
    this.deploy = builder.deploy;
    this.detective = builder.detective;
    this.devicefarm = builder.devicefarm;
    this.directconnect = builder.directconnect;
    this.directoryservice = builder.directoryservice;
    this.dlm = builder.dlm;
    this.dms = builder.dms;
    this.docdb = builder.docdb;
    this.docdbelastic = builder.docdbelastic;
    this.ds = builder.ds;
    this.dynamodb = builder.dynamodb;
    this.ec2 = builder.ec2;
    this.ecr = builder.ecr;
    this.ecrpublic = builder.ecrpublic;
    this.ecs = builder.ecs;
    this.efs = builder.efs;
    this.eks = builder.eks;
    this.elasticache = builder.elasticache;
    this.elasticbeanstalk = builder.elasticbeanstalk;
    this.elasticloadbalancing = builder.elasticloadbalancing;
    this.elasticloadbalancingv2 = builder.elasticloadbalancingv2;
    this.elasticsearch = builder.elasticsearch;
    this.elasticsearchservice = builder.elasticsearchservice;
    this.elastictranscoder = builder.elastictranscoder;
    this.elb = builder.elb;
    this.elbv2 = builder.elbv2;
    this.emr = builder.emr;
    this.emrcontainers = builder.emrcontainers;
    this.emrserverless = builder.emrserverless;
    this.es = builder.es;
    this.eventbridge = builder.eventbridge;
    this.events = builder.events;
    this.evidently = builder.evidently;
    this.finspace = builder.finspace;
    this.firehose = builder.firehose;
    this.fis = builder.fis;
    this.fms = builder.fms;
    this.fsx = builder.fsx;
    this.gamelift = builder.gamelift;
    this.glacier = builder.glacier;
    this.globalaccelerator = builder.globalaccelerator;
    this.glue = builder.glue;
    this.grafana = builder.grafana;
    this.greengrass = builder.greengrass;
    this.guardduty = builder.guardduty;
    this.healthlake = builder.healthlake;
    this.iam = builder.iam;
    this.identitystore = builder.identitystore;
    this.imagebuilder = builder.imagebuilder;
    this.inspector = builder.inspector;
    this.inspector2 = builder.inspector2;
    this.inspectorv2 = builder.inspectorv2;
    this.internetmonitor = builder.internetmonitor;
    this.iot = builder.iot;
    this.iotanalytics = builder.iotanalytics;
    this.iotevents = builder.iotevents;
    this.ivs = builder.ivs;
    this.ivschat = builder.ivschat;
    this.kafka = builder.kafka;
    this.kafkaconnect = builder.kafkaconnect;
    this.kendra = builder.kendra;
    this.keyspaces = builder.keyspaces;
    this.kinesis = builder.kinesis;
    this.kinesisanalytics = builder.kinesisanalytics;
    this.kinesisanalyticsv2 = builder.kinesisanalyticsv2;
    this.kinesisvideo = builder.kinesisvideo;
    this.kms = builder.kms;
    this.lakeformation = builder.lakeformation;
    this.lambda = builder.lambda;
    this.lex = builder.lex;
    this.lexmodelbuilding = builder.lexmodelbuilding;
    this.lexmodelbuildingservice = builder.lexmodelbuildingservice;
    this.lexmodels = builder.lexmodels;
    this.lexmodelsv2 = builder.lexmodelsv2;
    this.lexv2Models = builder.lexv2Models;
    this.licensemanager = builder.licensemanager;
    this.lightsail = builder.lightsail;
    this.location = builder.location;
    this.locationservice = builder.locationservice;
    this.logs = builder.logs;
    this.macie2 = builder.macie2;
    this.managedgrafana = builder.managedgrafana;
    this.mediaconnect = builder.mediaconnect;
    this.mediaconvert = builder.mediaconvert;
    this.medialive = builder.medialive;
    this.mediapackage = builder.mediapackage;
    this.mediastore = builder.mediastore;
    this.memorydb = builder.memorydb;
    this.mq = builder.mq;
    this.msk = builder.msk;
    this.mwaa = builder.mwaa;
    this.neptune = builder.neptune;
    this.networkfirewall = builder.networkfirewall;
    this.networkmanager = builder.networkmanager;
    this.oam = builder.oam;
    this.opensearch = builder.opensearch;
    this.opensearchserverless = builder.opensearchserverless;
    this.opensearchservice = builder.opensearchservice;
    this.opsworks = builder.opsworks;
    this.organizations = builder.organizations;
    this.outposts = builder.outposts;
    this.pinpoint = builder.pinpoint;
    this.pipes = builder.pipes;
    this.pricing = builder.pricing;
    this.prometheus = builder.prometheus;
    this.prometheusservice = builder.prometheusservice;
    this.qldb = builder.qldb;
    this.quicksight = builder.quicksight;
    this.ram = builder.ram;
    this.rbin = builder.rbin;
    this.rds = builder.rds;
    this.recyclebin = builder.recyclebin;
    this.redshift = builder.redshift;
    this.redshiftdata = builder.redshiftdata;
    this.redshiftdataapiservice = builder.redshiftdataapiservice;
    this.redshiftserverless = builder.redshiftserverless;
    this.resourceexplorer2 = builder.resourceexplorer2;
    this.resourcegroups = builder.resourcegroups;
    this.resourcegroupstagging = builder.resourcegroupstagging;
    this.resourcegroupstaggingapi = builder.resourcegroupstaggingapi;
    this.rolesanywhere = builder.rolesanywhere;
    this.route53 = builder.route53;
    this.route53Domains = builder.route53Domains;
    this.route53Recoverycontrolconfig = builder.route53Recoverycontrolconfig;
    this.route53Recoveryreadiness = builder.route53Recoveryreadiness;
    this.route53Resolver = builder.route53Resolver;
    this.rum = builder.rum;
    this.s3 = builder.s3;
    this.s3Api = builder.s3Api;
    this.s3Control = builder.s3Control;
    this.s3Outposts = builder.s3Outposts;
    this.sagemaker = builder.sagemaker;
    this.scheduler = builder.scheduler;
    this.schemas = builder.schemas;
    this.sdb = builder.sdb;
    this.secretsmanager = builder.secretsmanager;
    this.securityhub = builder.securityhub;
    this.securitylake = builder.securitylake;
    this.serverlessapplicationrepository = builder.serverlessapplicationrepository;
    this.serverlessapprepo = builder.serverlessapprepo;
    this.serverlessrepo = builder.serverlessrepo;
    this.servicecatalog = builder.servicecatalog;
    this.servicediscovery = builder.servicediscovery;
    this.servicequotas = builder.servicequotas;
    this.ses = builder.ses;
    this.sesv2 = builder.sesv2;
    this.sfn = builder.sfn;
    this.shield = builder.shield;
    this.signer = builder.signer;
    this.simpledb = builder.simpledb;
    this.sns = builder.sns;
    this.sqs = builder.sqs;
    this.ssm = builder.ssm;
    this.ssmcontacts = builder.ssmcontacts;
    this.ssmincidents = builder.ssmincidents;
    this.ssoadmin = builder.ssoadmin;
    this.stepfunctions = builder.stepfunctions;
    this.storagegateway = builder.storagegateway;
    this.sts = builder.sts;
    this.swf = builder.swf;
    this.synthetics = builder.synthetics;
    this.timestreamwrite = builder.timestreamwrite;
    this.transcribe = builder.transcribe;
    this.transcribeservice = builder.transcribeservice;
    this.transfer = builder.transfer;
    this.verifiedpermissions = builder.verifiedpermissions;
    this.vpclattice = builder.vpclattice;
    this.waf = builder.waf;
    this.wafregional = builder.wafregional;
    this.wafv2 = builder.wafv2;
    this.worklink = builder.worklink;
    this.workspaces = builder.workspaces;
    this.xray = builder.xray;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code accessanalyzer}. */
  public String getAccessanalyzer() {
    return accessanalyzer;
  }

  /** {@code account}. */
  public String getAccount() {
    return account;
  }

  /** {@code acm}. */
  public String getAcm() {
    return acm;
  }

  /** {@code acmpca}. */
  public String getAcmpca() {
    return acmpca;
  }

  /** {@code amg}. */
  public String getAmg() {
    return amg;
  }

  /** {@code amp}. */
  public String getAmp() {
    return amp;
  }

  /** {@code amplify}. */
  public String getAmplify() {
    return amplify;
  }

  /** {@code apigateway}. */
  public String getApigateway() {
    return apigateway;
  }

  /** {@code apigatewayv2}. */
  public String getApigatewayv2() {
    return apigatewayv2;
  }

  /** {@code appautoscaling}. */
  public String getAppautoscaling() {
    return appautoscaling;
  }

  /** {@code appconfig}. */
  public String getAppconfig() {
    return appconfig;
  }

  /** {@code appflow}. */
  public String getAppflow() {
    return appflow;
  }

  /** {@code appintegrations}. */
  public String getAppintegrations() {
    return appintegrations;
  }

  /** {@code appintegrationsservice}. */
  public String getAppintegrationsservice() {
    return appintegrationsservice;
  }

  /** {@code applicationautoscaling}. */
  public String getApplicationautoscaling() {
    return applicationautoscaling;
  }

  /** {@code applicationinsights}. */
  public String getApplicationinsights() {
    return applicationinsights;
  }

  /** {@code appmesh}. */
  public String getAppmesh() {
    return appmesh;
  }

  /** {@code apprunner}. */
  public String getApprunner() {
    return apprunner;
  }

  /** {@code appstream}. */
  public String getAppstream() {
    return appstream;
  }

  /** {@code appsync}. */
  public String getAppsync() {
    return appsync;
  }

  /** {@code athena}. */
  public String getAthena() {
    return athena;
  }

  /** {@code auditmanager}. */
  public String getAuditmanager() {
    return auditmanager;
  }

  /** {@code autoscaling}. */
  public String getAutoscaling() {
    return autoscaling;
  }

  /** {@code autoscalingplans}. */
  public String getAutoscalingplans() {
    return autoscalingplans;
  }

  /** {@code backup}. */
  public String getBackup() {
    return backup;
  }

  /** {@code batch}. */
  public String getBatch() {
    return batch;
  }

  /** {@code beanstalk}. */
  public String getBeanstalk() {
    return beanstalk;
  }

  /** {@code bedrock}. */
  public String getBedrock() {
    return bedrock;
  }

  /** {@code budgets}. */
  public String getBudgets() {
    return budgets;
  }

  /** {@code ce}. */
  public String getCe() {
    return ce;
  }

  /** {@code chime}. */
  public String getChime() {
    return chime;
  }

  /** {@code chimesdkmediapipelines}. */
  public String getChimesdkmediapipelines() {
    return chimesdkmediapipelines;
  }

  /** {@code chimesdkvoice}. */
  public String getChimesdkvoice() {
    return chimesdkvoice;
  }

  /** {@code cleanrooms}. */
  public String getCleanrooms() {
    return cleanrooms;
  }

  /** {@code cloud9}. */
  public String getCloud9() {
    return cloud9;
  }

  /** {@code cloudcontrol}. */
  public String getCloudcontrol() {
    return cloudcontrol;
  }

  /** {@code cloudcontrolapi}. */
  public String getCloudcontrolapi() {
    return cloudcontrolapi;
  }

  /** {@code cloudformation}. */
  public String getCloudformation() {
    return cloudformation;
  }

  /** {@code cloudfront}. */
  public String getCloudfront() {
    return cloudfront;
  }

  /** {@code cloudhsm}. */
  public String getCloudhsm() {
    return cloudhsm;
  }

  /** {@code cloudhsmv2}. */
  public String getCloudhsmv2() {
    return cloudhsmv2;
  }

  /** {@code cloudsearch}. */
  public String getCloudsearch() {
    return cloudsearch;
  }

  /** {@code cloudtrail}. */
  public String getCloudtrail() {
    return cloudtrail;
  }

  /** {@code cloudwatch}. */
  public String getCloudwatch() {
    return cloudwatch;
  }

  /** {@code cloudwatchevents}. */
  public String getCloudwatchevents() {
    return cloudwatchevents;
  }

  /** {@code cloudwatchevidently}. */
  public String getCloudwatchevidently() {
    return cloudwatchevidently;
  }

  /** {@code cloudwatchlog}. */
  public String getCloudwatchlog() {
    return cloudwatchlog;
  }

  /** {@code cloudwatchlogs}. */
  public String getCloudwatchlogs() {
    return cloudwatchlogs;
  }

  /** {@code cloudwatchobservabilityaccessmanager}. */
  public String getCloudwatchobservabilityaccessmanager() {
    return cloudwatchobservabilityaccessmanager;
  }

  /** {@code cloudwatchrum}. */
  public String getCloudwatchrum() {
    return cloudwatchrum;
  }

  /** {@code codeartifact}. */
  public String getCodeartifact() {
    return codeartifact;
  }

  /** {@code codebuild}. */
  public String getCodebuild() {
    return codebuild;
  }

  /** {@code codecatalyst}. */
  public String getCodecatalyst() {
    return codecatalyst;
  }

  /** {@code codecommit}. */
  public String getCodecommit() {
    return codecommit;
  }

  /** {@code codedeploy}. */
  public String getCodedeploy() {
    return codedeploy;
  }

  /** {@code codegurureviewer}. */
  public String getCodegurureviewer() {
    return codegurureviewer;
  }

  /** {@code codepipeline}. */
  public String getCodepipeline() {
    return codepipeline;
  }

  /** {@code codestarconnections}. */
  public String getCodestarconnections() {
    return codestarconnections;
  }

  /** {@code codestarnotifications}. */
  public String getCodestarnotifications() {
    return codestarnotifications;
  }

  /** {@code cognitoidentity}. */
  public String getCognitoidentity() {
    return cognitoidentity;
  }

  /** {@code cognitoidentityprovider}. */
  public String getCognitoidentityprovider() {
    return cognitoidentityprovider;
  }

  /** {@code cognitoidp}. */
  public String getCognitoidp() {
    return cognitoidp;
  }

  /** {@code comprehend}. */
  public String getComprehend() {
    return comprehend;
  }

  /** {@code computeoptimizer}. */
  public String getComputeoptimizer() {
    return computeoptimizer;
  }

  /** {@code config}. */
  public String getConfig() {
    return config;
  }

  /** {@code configservice}. */
  public String getConfigservice() {
    return configservice;
  }

  /** {@code connect}. */
  public String getConnect() {
    return connect;
  }

  /** {@code controltower}. */
  public String getControltower() {
    return controltower;
  }

  /** {@code costandusagereportservice}. */
  public String getCostandusagereportservice() {
    return costandusagereportservice;
  }

  /** {@code costexplorer}. */
  public String getCostexplorer() {
    return costexplorer;
  }

  /** {@code cur}. */
  public String getCur() {
    return cur;
  }

  /** {@code databasemigration}. */
  public String getDatabasemigration() {
    return databasemigration;
  }

  /** {@code databasemigrationservice}. */
  public String getDatabasemigrationservice() {
    return databasemigrationservice;
  }

  /** {@code dataexchange}. */
  public String getDataexchange() {
    return dataexchange;
  }

  /** {@code datapipeline}. */
  public String getDatapipeline() {
    return datapipeline;
  }

  /** {@code datasync}. */
  public String getDatasync() {
    return datasync;
  }

  /** {@code dax}. */
  public String getDax() {
    return dax;
  }

  /** {@code deploy}. */
  public String getDeploy() {
    return deploy;
  }

  /** {@code detective}. */
  public String getDetective() {
    return detective;
  }

  /** {@code devicefarm}. */
  public String getDevicefarm() {
    return devicefarm;
  }

  /** {@code directconnect}. */
  public String getDirectconnect() {
    return directconnect;
  }

  /** {@code directoryservice}. */
  public String getDirectoryservice() {
    return directoryservice;
  }

  /** {@code dlm}. */
  public String getDlm() {
    return dlm;
  }

  /** {@code dms}. */
  public String getDms() {
    return dms;
  }

  /** {@code docdb}. */
  public String getDocdb() {
    return docdb;
  }

  /** {@code docdbelastic}. */
  public String getDocdbelastic() {
    return docdbelastic;
  }

  /** {@code ds}. */
  public String getDs() {
    return ds;
  }

  /** {@code dynamodb}. */
  public String getDynamodb() {
    return dynamodb;
  }

  /** {@code ec2}. */
  public String getEc2() {
    return ec2;
  }

  /** {@code ecr}. */
  public String getEcr() {
    return ecr;
  }

  /** {@code ecrpublic}. */
  public String getEcrpublic() {
    return ecrpublic;
  }

  /** {@code ecs}. */
  public String getEcs() {
    return ecs;
  }

  /** {@code efs}. */
  public String getEfs() {
    return efs;
  }

  /** {@code eks}. */
  public String getEks() {
    return eks;
  }

  /** {@code elasticache}. */
  public String getElasticache() {
    return elasticache;
  }

  /** {@code elasticbeanstalk}. */
  public String getElasticbeanstalk() {
    return elasticbeanstalk;
  }

  /** {@code elasticloadbalancing}. */
  public String getElasticloadbalancing() {
    return elasticloadbalancing;
  }

  /** {@code elasticloadbalancingv2}. */
  public String getElasticloadbalancingv2() {
    return elasticloadbalancingv2;
  }

  /** {@code elasticsearch}. */
  public String getElasticsearch() {
    return elasticsearch;
  }

  /** {@code elasticsearchservice}. */
  public String getElasticsearchservice() {
    return elasticsearchservice;
  }

  /** {@code elastictranscoder}. */
  public String getElastictranscoder() {
    return elastictranscoder;
  }

  /** {@code elb}. */
  public String getElb() {
    return elb;
  }

  /** {@code elbv2}. */
  public String getElbv2() {
    return elbv2;
  }

  /** {@code emr}. */
  public String getEmr() {
    return emr;
  }

  /** {@code emrcontainers}. */
  public String getEmrcontainers() {
    return emrcontainers;
  }

  /** {@code emrserverless}. */
  public String getEmrserverless() {
    return emrserverless;
  }

  /** {@code es}. */
  public String getEs() {
    return es;
  }

  /** {@code eventbridge}. */
  public String getEventbridge() {
    return eventbridge;
  }

  /** {@code events}. */
  public String getEvents() {
    return events;
  }

  /** {@code evidently}. */
  public String getEvidently() {
    return evidently;
  }

  /** {@code finspace}. */
  public String getFinspace() {
    return finspace;
  }

  /** {@code firehose}. */
  public String getFirehose() {
    return firehose;
  }

  /** {@code fis}. */
  public String getFis() {
    return fis;
  }

  /** {@code fms}. */
  public String getFms() {
    return fms;
  }

  /** {@code fsx}. */
  public String getFsx() {
    return fsx;
  }

  /** {@code gamelift}. */
  public String getGamelift() {
    return gamelift;
  }

  /** {@code glacier}. */
  public String getGlacier() {
    return glacier;
  }

  /** {@code globalaccelerator}. */
  public String getGlobalaccelerator() {
    return globalaccelerator;
  }

  /** {@code glue}. */
  public String getGlue() {
    return glue;
  }

  /** {@code grafana}. */
  public String getGrafana() {
    return grafana;
  }

  /** {@code greengrass}. */
  public String getGreengrass() {
    return greengrass;
  }

  /** {@code guardduty}. */
  public String getGuardduty() {
    return guardduty;
  }

  /** {@code healthlake}. */
  public String getHealthlake() {
    return healthlake;
  }

  /** {@code iam}. */
  public String getIam() {
    return iam;
  }

  /** {@code identitystore}. */
  public String getIdentitystore() {
    return identitystore;
  }

  /** {@code imagebuilder}. */
  public String getImagebuilder() {
    return imagebuilder;
  }

  /** {@code inspector}. */
  public String getInspector() {
    return inspector;
  }

  /** {@code inspector2}. */
  public String getInspector2() {
    return inspector2;
  }

  /** {@code inspectorv2}. */
  public String getInspectorv2() {
    return inspectorv2;
  }

  /** {@code internetmonitor}. */
  public String getInternetmonitor() {
    return internetmonitor;
  }

  /** {@code iot}. */
  public String getIot() {
    return iot;
  }

  /** {@code iotanalytics}. */
  public String getIotanalytics() {
    return iotanalytics;
  }

  /** {@code iotevents}. */
  public String getIotevents() {
    return iotevents;
  }

  /** {@code ivs}. */
  public String getIvs() {
    return ivs;
  }

  /** {@code ivschat}. */
  public String getIvschat() {
    return ivschat;
  }

  /** {@code kafka}. */
  public String getKafka() {
    return kafka;
  }

  /** {@code kafkaconnect}. */
  public String getKafkaconnect() {
    return kafkaconnect;
  }

  /** {@code kendra}. */
  public String getKendra() {
    return kendra;
  }

  /** {@code keyspaces}. */
  public String getKeyspaces() {
    return keyspaces;
  }

  /** {@code kinesis}. */
  public String getKinesis() {
    return kinesis;
  }

  /** {@code kinesisanalytics}. */
  public String getKinesisanalytics() {
    return kinesisanalytics;
  }

  /** {@code kinesisanalyticsv2}. */
  public String getKinesisanalyticsv2() {
    return kinesisanalyticsv2;
  }

  /** {@code kinesisvideo}. */
  public String getKinesisvideo() {
    return kinesisvideo;
  }

  /** {@code kms}. */
  public String getKms() {
    return kms;
  }

  /** {@code lakeformation}. */
  public String getLakeformation() {
    return lakeformation;
  }

  /** {@code lambda}. */
  public String getLambda() {
    return lambda;
  }

  /** {@code lex}. */
  public String getLex() {
    return lex;
  }

  /** {@code lexmodelbuilding}. */
  public String getLexmodelbuilding() {
    return lexmodelbuilding;
  }

  /** {@code lexmodelbuildingservice}. */
  public String getLexmodelbuildingservice() {
    return lexmodelbuildingservice;
  }

  /** {@code lexmodels}. */
  public String getLexmodels() {
    return lexmodels;
  }

  /** {@code lexmodelsv2}. */
  public String getLexmodelsv2() {
    return lexmodelsv2;
  }

  /** {@code lexv2models}. */
  public String getLexv2Models() {
    return lexv2Models;
  }

  /** {@code licensemanager}. */
  public String getLicensemanager() {
    return licensemanager;
  }

  /** {@code lightsail}. */
  public String getLightsail() {
    return lightsail;
  }

  /** {@code location}. */
  public String getLocation() {
    return location;
  }

  /** {@code locationservice}. */
  public String getLocationservice() {
    return locationservice;
  }

  /** {@code logs}. */
  public String getLogs() {
    return logs;
  }

  /** {@code macie2}. */
  public String getMacie2() {
    return macie2;
  }

  /** {@code managedgrafana}. */
  public String getManagedgrafana() {
    return managedgrafana;
  }

  /** {@code mediaconnect}. */
  public String getMediaconnect() {
    return mediaconnect;
  }

  /** {@code mediaconvert}. */
  public String getMediaconvert() {
    return mediaconvert;
  }

  /** {@code medialive}. */
  public String getMedialive() {
    return medialive;
  }

  /** {@code mediapackage}. */
  public String getMediapackage() {
    return mediapackage;
  }

  /** {@code mediastore}. */
  public String getMediastore() {
    return mediastore;
  }

  /** {@code memorydb}. */
  public String getMemorydb() {
    return memorydb;
  }

  /** {@code mq}. */
  public String getMq() {
    return mq;
  }

  /** {@code msk}. */
  public String getMsk() {
    return msk;
  }

  /** {@code mwaa}. */
  public String getMwaa() {
    return mwaa;
  }

  /** {@code neptune}. */
  public String getNeptune() {
    return neptune;
  }

  /** {@code networkfirewall}. */
  public String getNetworkfirewall() {
    return networkfirewall;
  }

  /** {@code networkmanager}. */
  public String getNetworkmanager() {
    return networkmanager;
  }

  /** {@code oam}. */
  public String getOam() {
    return oam;
  }

  /** {@code opensearch}. */
  public String getOpensearch() {
    return opensearch;
  }

  /** {@code opensearchserverless}. */
  public String getOpensearchserverless() {
    return opensearchserverless;
  }

  /** {@code opensearchservice}. */
  public String getOpensearchservice() {
    return opensearchservice;
  }

  /** {@code opsworks}. */
  public String getOpsworks() {
    return opsworks;
  }

  /** {@code organizations}. */
  public String getOrganizations() {
    return organizations;
  }

  /** {@code outposts}. */
  public String getOutposts() {
    return outposts;
  }

  /** {@code pinpoint}. */
  public String getPinpoint() {
    return pinpoint;
  }

  /** {@code pipes}. */
  public String getPipes() {
    return pipes;
  }

  /** {@code pricing}. */
  public String getPricing() {
    return pricing;
  }

  /** {@code prometheus}. */
  public String getPrometheus() {
    return prometheus;
  }

  /** {@code prometheusservice}. */
  public String getPrometheusservice() {
    return prometheusservice;
  }

  /** {@code qldb}. */
  public String getQldb() {
    return qldb;
  }

  /** {@code quicksight}. */
  public String getQuicksight() {
    return quicksight;
  }

  /** {@code ram}. */
  public String getRam() {
    return ram;
  }

  /** {@code rbin}. */
  public String getRbin() {
    return rbin;
  }

  /** {@code rds}. */
  public String getRds() {
    return rds;
  }

  /** {@code recyclebin}. */
  public String getRecyclebin() {
    return recyclebin;
  }

  /** {@code redshift}. */
  public String getRedshift() {
    return redshift;
  }

  /** {@code redshiftdata}. */
  public String getRedshiftdata() {
    return redshiftdata;
  }

  /** {@code redshiftdataapiservice}. */
  public String getRedshiftdataapiservice() {
    return redshiftdataapiservice;
  }

  /** {@code redshiftserverless}. */
  public String getRedshiftserverless() {
    return redshiftserverless;
  }

  /** {@code resourceexplorer2}. */
  public String getResourceexplorer2() {
    return resourceexplorer2;
  }

  /** {@code resourcegroups}. */
  public String getResourcegroups() {
    return resourcegroups;
  }

  /** {@code resourcegroupstagging}. */
  public String getResourcegroupstagging() {
    return resourcegroupstagging;
  }

  /** {@code resourcegroupstaggingapi}. */
  public String getResourcegroupstaggingapi() {
    return resourcegroupstaggingapi;
  }

  /** {@code rolesanywhere}. */
  public String getRolesanywhere() {
    return rolesanywhere;
  }

  /** {@code route53}. */
  public String getRoute53() {
    return route53;
  }

  /** {@code route53domains}. */
  public String getRoute53Domains() {
    return route53Domains;
  }

  /** {@code route53recoverycontrolconfig}. */
  public String getRoute53Recoverycontrolconfig() {
    return route53Recoverycontrolconfig;
  }

  /** {@code route53recoveryreadiness}. */
  public String getRoute53Recoveryreadiness() {
    return route53Recoveryreadiness;
  }

  /** {@code route53resolver}. */
  public String getRoute53Resolver() {
    return route53Resolver;
  }

  /** {@code rum}. */
  public String getRum() {
    return rum;
  }

  /** {@code s3}. */
  public String getS3() {
    return s3;
  }

  /** {@code s3api}. */
  public String getS3Api() {
    return s3Api;
  }

  /** {@code s3control}. */
  public String getS3Control() {
    return s3Control;
  }

  /** {@code s3outposts}. */
  public String getS3Outposts() {
    return s3Outposts;
  }

  /** {@code sagemaker}. */
  public String getSagemaker() {
    return sagemaker;
  }

  /** {@code scheduler}. */
  public String getScheduler() {
    return scheduler;
  }

  /** {@code schemas}. */
  public String getSchemas() {
    return schemas;
  }

  /** {@code sdb}. */
  public String getSdb() {
    return sdb;
  }

  /** {@code secretsmanager}. */
  public String getSecretsmanager() {
    return secretsmanager;
  }

  /** {@code securityhub}. */
  public String getSecurityhub() {
    return securityhub;
  }

  /** {@code securitylake}. */
  public String getSecuritylake() {
    return securitylake;
  }

  /** {@code serverlessapplicationrepository}. */
  public String getServerlessapplicationrepository() {
    return serverlessapplicationrepository;
  }

  /** {@code serverlessapprepo}. */
  public String getServerlessapprepo() {
    return serverlessapprepo;
  }

  /** {@code serverlessrepo}. */
  public String getServerlessrepo() {
    return serverlessrepo;
  }

  /** {@code servicecatalog}. */
  public String getServicecatalog() {
    return servicecatalog;
  }

  /** {@code servicediscovery}. */
  public String getServicediscovery() {
    return servicediscovery;
  }

  /** {@code servicequotas}. */
  public String getServicequotas() {
    return servicequotas;
  }

  /** {@code ses}. */
  public String getSes() {
    return ses;
  }

  /** {@code sesv2}. */
  public String getSesv2() {
    return sesv2;
  }

  /** {@code sfn}. */
  public String getSfn() {
    return sfn;
  }

  /** {@code shield}. */
  public String getShield() {
    return shield;
  }

  /** {@code signer}. */
  public String getSigner() {
    return signer;
  }

  /** {@code simpledb}. */
  public String getSimpledb() {
    return simpledb;
  }

  /** {@code sns}. */
  public String getSns() {
    return sns;
  }

  /** {@code sqs}. */
  public String getSqs() {
    return sqs;
  }

  /** {@code ssm}. */
  public String getSsm() {
    return ssm;
  }

  /** {@code ssmcontacts}. */
  public String getSsmcontacts() {
    return ssmcontacts;
  }

  /** {@code ssmincidents}. */
  public String getSsmincidents() {
    return ssmincidents;
  }

  /** {@code ssoadmin}. */
  public String getSsoadmin() {
    return ssoadmin;
  }

  /** {@code stepfunctions}. */
  public String getStepfunctions() {
    return stepfunctions;
  }

  /** {@code storagegateway}. */
  public String getStoragegateway() {
    return storagegateway;
  }

  /** {@code sts}. */
  public String getSts() {
    return sts;
  }

  /** {@code swf}. */
  public String getSwf() {
    return swf;
  }

  /** {@code synthetics}. */
  public String getSynthetics() {
    return synthetics;
  }

  /** {@code timestreamwrite}. */
  public String getTimestreamwrite() {
    return timestreamwrite;
  }

  /** {@code transcribe}. */
  public String getTranscribe() {
    return transcribe;
  }

  /** {@code transcribeservice}. */
  public String getTranscribeservice() {
    return transcribeservice;
  }

  /** {@code transfer}. */
  public String getTransfer() {
    return transfer;
  }

  /** {@code verifiedpermissions}. */
  public String getVerifiedpermissions() {
    return verifiedpermissions;
  }

  /** {@code vpclattice}. */
  public String getVpclattice() {
    return vpclattice;
  }

  /** {@code waf}. */
  public String getWaf() {
    return waf;
  }

  /** {@code wafregional}. */
  public String getWafregional() {
    return wafregional;
  }

  /** {@code wafv2}. */
  public String getWafv2() {
    return wafv2;
  }

  /** {@code worklink}. */
  public String getWorklink() {
    return worklink;
  }

  /** {@code workspaces}. */
  public String getWorkspaces() {
    return workspaces;
  }

  /** {@code xray}. */
  public String getXray() {
    return xray;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("accessanalyzer", this.accessanalyzer);
    byName.put("account", this.account);
    byName.put("acm", this.acm);
    byName.put("acmpca", this.acmpca);
    byName.put("amg", this.amg);
    byName.put("amp", this.amp);
    byName.put("amplify", this.amplify);
    byName.put("apigateway", this.apigateway);
    byName.put("apigatewayv2", this.apigatewayv2);
    byName.put("appautoscaling", this.appautoscaling);
    byName.put("appconfig", this.appconfig);
    byName.put("appflow", this.appflow);
    byName.put("appintegrations", this.appintegrations);
    byName.put("appintegrationsservice", this.appintegrationsservice);
    byName.put("applicationautoscaling", this.applicationautoscaling);
    byName.put("applicationinsights", this.applicationinsights);
    byName.put("appmesh", this.appmesh);
    byName.put("apprunner", this.apprunner);
    byName.put("appstream", this.appstream);
    byName.put("appsync", this.appsync);
    byName.put("athena", this.athena);
    byName.put("auditmanager", this.auditmanager);
    byName.put("autoscaling", this.autoscaling);
    byName.put("autoscalingplans", this.autoscalingplans);
    byName.put("backup", this.backup);
    byName.put("batch", this.batch);
    byName.put("beanstalk", this.beanstalk);
    byName.put("bedrock", this.bedrock);
    byName.put("budgets", this.budgets);
    byName.put("ce", this.ce);
    byName.put("chime", this.chime);
    byName.put("chimesdkmediapipelines", this.chimesdkmediapipelines);
    byName.put("chimesdkvoice", this.chimesdkvoice);
    byName.put("cleanrooms", this.cleanrooms);
    byName.put("cloud9", this.cloud9);
    byName.put("cloudcontrol", this.cloudcontrol);
    byName.put("cloudcontrolapi", this.cloudcontrolapi);
    byName.put("cloudformation", this.cloudformation);
    byName.put("cloudfront", this.cloudfront);
    byName.put("cloudhsm", this.cloudhsm);
    byName.put("cloudhsmv2", this.cloudhsmv2);
    byName.put("cloudsearch", this.cloudsearch);
    byName.put("cloudtrail", this.cloudtrail);
    byName.put("cloudwatch", this.cloudwatch);
    byName.put("cloudwatchevents", this.cloudwatchevents);
    byName.put("cloudwatchevidently", this.cloudwatchevidently);
    byName.put("cloudwatchlog", this.cloudwatchlog);
    byName.put("cloudwatchlogs", this.cloudwatchlogs);
    byName.put("cloudwatchobservabilityaccessmanager", this.cloudwatchobservabilityaccessmanager);
    byName.put("cloudwatchrum", this.cloudwatchrum);
    byName.put("codeartifact", this.codeartifact);
    byName.put("codebuild", this.codebuild);
    byName.put("codecatalyst", this.codecatalyst);
    byName.put("codecommit", this.codecommit);
    byName.put("codedeploy", this.codedeploy);
    byName.put("codegurureviewer", this.codegurureviewer);
    byName.put("codepipeline", this.codepipeline);
    byName.put("codestarconnections", this.codestarconnections);
    byName.put("codestarnotifications", this.codestarnotifications);
    byName.put("cognitoidentity", this.cognitoidentity);
    byName.put("cognitoidentityprovider", this.cognitoidentityprovider);
    byName.put("cognitoidp", this.cognitoidp);
    byName.put("comprehend", this.comprehend);
    byName.put("computeoptimizer", this.computeoptimizer);
    byName.put("config", this.config);
    byName.put("configservice", this.configservice);
    byName.put("connect", this.connect);
    byName.put("controltower", this.controltower);
    byName.put("costandusagereportservice", this.costandusagereportservice);
    byName.put("costexplorer", this.costexplorer);
    byName.put("cur", this.cur);
    byName.put("databasemigration", this.databasemigration);
    byName.put("databasemigrationservice", this.databasemigrationservice);
    byName.put("dataexchange", this.dataexchange);
    byName.put("datapipeline", this.datapipeline);
    byName.put("datasync", this.datasync);
    byName.put("dax", this.dax);
    byName.put("deploy", this.deploy);
    byName.put("detective", this.detective);
    byName.put("devicefarm", this.devicefarm);
    byName.put("directconnect", this.directconnect);
    byName.put("directoryservice", this.directoryservice);
    byName.put("dlm", this.dlm);
    byName.put("dms", this.dms);
    byName.put("docdb", this.docdb);
    byName.put("docdbelastic", this.docdbelastic);
    byName.put("ds", this.ds);
    byName.put("dynamodb", this.dynamodb);
    byName.put("ec2", this.ec2);
    byName.put("ecr", this.ecr);
    byName.put("ecrpublic", this.ecrpublic);
    byName.put("ecs", this.ecs);
    byName.put("efs", this.efs);
    byName.put("eks", this.eks);
    byName.put("elasticache", this.elasticache);
    byName.put("elasticbeanstalk", this.elasticbeanstalk);
    byName.put("elasticloadbalancing", this.elasticloadbalancing);
    byName.put("elasticloadbalancingv2", this.elasticloadbalancingv2);
    byName.put("elasticsearch", this.elasticsearch);
    byName.put("elasticsearchservice", this.elasticsearchservice);
    byName.put("elastictranscoder", this.elastictranscoder);
    byName.put("elb", this.elb);
    byName.put("elbv2", this.elbv2);
    byName.put("emr", this.emr);
    byName.put("emrcontainers", this.emrcontainers);
    byName.put("emrserverless", this.emrserverless);
    byName.put("es", this.es);
    byName.put("eventbridge", this.eventbridge);
    byName.put("events", this.events);
    byName.put("evidently", this.evidently);
    byName.put("finspace", this.finspace);
    byName.put("firehose", this.firehose);
    byName.put("fis", this.fis);
    byName.put("fms", this.fms);
    byName.put("fsx", this.fsx);
    byName.put("gamelift", this.gamelift);
    byName.put("glacier", this.glacier);
    byName.put("globalaccelerator", this.globalaccelerator);
    byName.put("glue", this.glue);
    byName.put("grafana", this.grafana);
    byName.put("greengrass", this.greengrass);
    byName.put("guardduty", this.guardduty);
    byName.put("healthlake", this.healthlake);
    byName.put("iam", this.iam);
    byName.put("identitystore", this.identitystore);
    byName.put("imagebuilder", this.imagebuilder);
    byName.put("inspector", this.inspector);
    byName.put("inspector2", this.inspector2);
    byName.put("inspectorv2", this.inspectorv2);
    byName.put("internetmonitor", this.internetmonitor);
    byName.put("iot", this.iot);
    byName.put("iotanalytics", this.iotanalytics);
    byName.put("iotevents", this.iotevents);
    byName.put("ivs", this.ivs);
    byName.put("ivschat", this.ivschat);
    byName.put("kafka", this.kafka);
    byName.put("kafkaconnect", this.kafkaconnect);
    byName.put("kendra", this.kendra);
    byName.put("keyspaces", this.keyspaces);
    byName.put("kinesis", this.kinesis);
    byName.put("kinesisanalytics", this.kinesisanalytics);
    byName.put("kinesisanalyticsv2", this.kinesisanalyticsv2);
    byName.put("kinesisvideo", this.kinesisvideo);
    byName.put("kms", this.kms);
    byName.put("lakeformation", this.lakeformation);
    byName.put("lambda", this.lambda);
    byName.put("lex", this.lex);
    byName.put("lexmodelbuilding", this.lexmodelbuilding);
    byName.put("lexmodelbuildingservice", this.lexmodelbuildingservice);
    byName.put("lexmodels", this.lexmodels);
    byName.put("lexmodelsv2", this.lexmodelsv2);
    byName.put("lexv2models", this.lexv2Models);
    byName.put("licensemanager", this.licensemanager);
    byName.put("lightsail", this.lightsail);
    byName.put("location", this.location);
    byName.put("locationservice", this.locationservice);
    byName.put("logs", this.logs);
    byName.put("macie2", this.macie2);
    byName.put("managedgrafana", this.managedgrafana);
    byName.put("mediaconnect", this.mediaconnect);
    byName.put("mediaconvert", this.mediaconvert);
    byName.put("medialive", this.medialive);
    byName.put("mediapackage", this.mediapackage);
    byName.put("mediastore", this.mediastore);
    byName.put("memorydb", this.memorydb);
    byName.put("mq", this.mq);
    byName.put("msk", this.msk);
    byName.put("mwaa", this.mwaa);
    byName.put("neptune", this.neptune);
    byName.put("networkfirewall", this.networkfirewall);
    byName.put("networkmanager", this.networkmanager);
    byName.put("oam", this.oam);
    byName.put("opensearch", this.opensearch);
    byName.put("opensearchserverless", this.opensearchserverless);
    byName.put("opensearchservice", this.opensearchservice);
    byName.put("opsworks", this.opsworks);
    byName.put("organizations", this.organizations);
    byName.put("outposts", this.outposts);
    byName.put("pinpoint", this.pinpoint);
    byName.put("pipes", this.pipes);
    byName.put("pricing", this.pricing);
    byName.put("prometheus", this.prometheus);
    byName.put("prometheusservice", this.prometheusservice);
    byName.put("qldb", this.qldb);
    byName.put("quicksight", this.quicksight);
    byName.put("ram", this.ram);
    byName.put("rbin", this.rbin);
    byName.put("rds", this.rds);
    byName.put("recyclebin", this.recyclebin);
    byName.put("redshift", this.redshift);
    byName.put("redshiftdata", this.redshiftdata);
    byName.put("redshiftdataapiservice", this.redshiftdataapiservice);
    byName.put("redshiftserverless", this.redshiftserverless);
    byName.put("resourceexplorer2", this.resourceexplorer2);
    byName.put("resourcegroups", this.resourcegroups);
    byName.put("resourcegroupstagging", this.resourcegroupstagging);
    byName.put("resourcegroupstaggingapi", this.resourcegroupstaggingapi);
    byName.put("rolesanywhere", this.rolesanywhere);
    byName.put("route53", this.route53);
    byName.put("route53domains", this.route53Domains);
    byName.put("route53recoverycontrolconfig", this.route53Recoverycontrolconfig);
    byName.put("route53recoveryreadiness", this.route53Recoveryreadiness);
    byName.put("route53resolver", this.route53Resolver);
    byName.put("rum", this.rum);
    byName.put("s3", this.s3);
    byName.put("s3api", this.s3Api);
    byName.put("s3control", this.s3Control);
    byName.put("s3outposts", this.s3Outposts);
    byName.put("sagemaker", this.sagemaker);
    byName.put("scheduler", this.scheduler);
    byName.put("schemas", this.schemas);
    byName.put("sdb", this.sdb);
    byName.put("secretsmanager", this.secretsmanager);
    byName.put("securityhub", this.securityhub);
    byName.put("securitylake", this.securitylake);
    byName.put("serverlessapplicationrepository", this.serverlessapplicationrepository);
    byName.put("serverlessapprepo", this.serverlessapprepo);
    byName.put("serverlessrepo", this.serverlessrepo);
    byName.put("servicecatalog", this.servicecatalog);
    byName.put("servicediscovery", this.servicediscovery);
    byName.put("servicequotas", this.servicequotas);
    byName.put("ses", this.ses);
    byName.put("sesv2", this.sesv2);
    byName.put("sfn", this.sfn);
    byName.put("shield", this.shield);
    byName.put("signer", this.signer);
    byName.put("simpledb", this.simpledb);
    byName.put("sns", this.sns);
    byName.put("sqs", this.sqs);
    byName.put("ssm", this.ssm);
    byName.put("ssmcontacts", this.ssmcontacts);
    byName.put("ssmincidents", this.ssmincidents);
    byName.put("ssoadmin", this.ssoadmin);
    byName.put("stepfunctions", this.stepfunctions);
    byName.put("storagegateway", this.storagegateway);
    byName.put("sts", this.sts);
    byName.put("swf", this.swf);
    byName.put("synthetics", this.synthetics);
    byName.put("timestreamwrite", this.timestreamwrite);
    byName.put("transcribe", this.transcribe);
    byName.put("transcribeservice", this.transcribeservice);
    byName.put("transfer", this.transfer);
    byName.put("verifiedpermissions", this.verifiedpermissions);
    byName.put("vpclattice", this.vpclattice);
    byName.put("waf", this.waf);
    byName.put("wafregional", this.wafregional);
    byName.put("wafv2", this.wafv2);
    byName.put("worklink", this.worklink);
    byName.put("workspaces", this.workspaces);
    byName.put("xray", this.xray);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String accessanalyzer;
    private String account;
    private String acm;
    private String acmpca;
    private String amg;
    private String amp;
    private String amplify;
    private String apigateway;
    private String apigatewayv2;
    private String appautoscaling;
    private String appconfig;
    private String appflow;
    private String appintegrations;
    private String appintegrationsservice;
    private String applicationautoscaling;
    private String applicationinsights;
    private String appmesh;
    private String apprunner;
    private String appstream;
    private String appsync;
    private String athena;
    private String auditmanager;
    private String autoscaling;
    private String autoscalingplans;
    private String backup;
    private String batch;
    private String beanstalk;
    private String bedrock;
    private String budgets;
    private String ce;
    private String chime;
    private String chimesdkmediapipelines;
    private String chimesdkvoice;
    private String cleanrooms;
    private String cloud9;
    private String cloudcontrol;
    private String cloudcontrolapi;
    private String cloudformation;
    private String cloudfront;
    private String cloudhsm;
    private String cloudhsmv2;
    private String cloudsearch;
    private String cloudtrail;
    private String cloudwatch;
    private String cloudwatchevents;
    private String cloudwatchevidently;
    private String cloudwatchlog;
    private String cloudwatchlogs;
    private String cloudwatchobservabilityaccessmanager;
    private String cloudwatchrum;
    private String codeartifact;
    private String codebuild;
    private String codecatalyst;
    private String codecommit;
    private String codedeploy;
    private String codegurureviewer;
    private String codepipeline;
    private String codestarconnections;
    private String codestarnotifications;
    private String cognitoidentity;
    private String cognitoidentityprovider;
    private String cognitoidp;
    private String comprehend;
    private String computeoptimizer;
    private String config;
    private String configservice;
    private String connect;
    private String controltower;
    private String costandusagereportservice;
    private String costexplorer;
    private String cur;
    private String databasemigration;
    private String databasemigrationservice;
    private String dataexchange;
    private String datapipeline;
    private String datasync;
    private String dax;
    private String deploy;
    private String detective;
    private String devicefarm;
    private String directconnect;
    private String directoryservice;
    private String dlm;
    private String dms;
    private String docdb;
    private String docdbelastic;
    private String ds;
    private String dynamodb;
    private String ec2;
    private String ecr;
    private String ecrpublic;
    private String ecs;
    private String efs;
    private String eks;
    private String elasticache;
    private String elasticbeanstalk;
    private String elasticloadbalancing;
    private String elasticloadbalancingv2;
    private String elasticsearch;
    private String elasticsearchservice;
    private String elastictranscoder;
    private String elb;
    private String elbv2;
    private String emr;
    private String emrcontainers;
    private String emrserverless;
    private String es;
    private String eventbridge;
    private String events;
    private String evidently;
    private String finspace;
    private String firehose;
    private String fis;
    private String fms;
    private String fsx;
    private String gamelift;
    private String glacier;
    private String globalaccelerator;
    private String glue;
    private String grafana;
    private String greengrass;
    private String guardduty;
    private String healthlake;
    private String iam;
    private String identitystore;
    private String imagebuilder;
    private String inspector;
    private String inspector2;
    private String inspectorv2;
    private String internetmonitor;
    private String iot;
    private String iotanalytics;
    private String iotevents;
    private String ivs;
    private String ivschat;
    private String kafka;
    private String kafkaconnect;
    private String kendra;
    private String keyspaces;
    private String kinesis;
    private String kinesisanalytics;
    private String kinesisanalyticsv2;
    private String kinesisvideo;
    private String kms;
    private String lakeformation;
    private String lambda;
    private String lex;
    private String lexmodelbuilding;
    private String lexmodelbuildingservice;
    private String lexmodels;
    private String lexmodelsv2;
    private String lexv2Models;
    private String licensemanager;
    private String lightsail;
    private String location;
    private String locationservice;
    private String logs;
    private String macie2;
    private String managedgrafana;
    private String mediaconnect;
    private String mediaconvert;
    private String medialive;
    private String mediapackage;
    private String mediastore;
    private String memorydb;
    private String mq;
    private String msk;
    private String mwaa;
    private String neptune;
    private String networkfirewall;
    private String networkmanager;
    private String oam;
    private String opensearch;
    private String opensearchserverless;
    private String opensearchservice;
    private String opsworks;
    private String organizations;
    private String outposts;
    private String pinpoint;
    private String pipes;
    private String pricing;
    private String prometheus;
    private String prometheusservice;
    private String qldb;
    private String quicksight;
    private String ram;
    private String rbin;
    private String rds;
    private String recyclebin;
    private String redshift;
    private String redshiftdata;
    private String redshiftdataapiservice;
    private String redshiftserverless;
    private String resourceexplorer2;
    private String resourcegroups;
    private String resourcegroupstagging;
    private String resourcegroupstaggingapi;
    private String rolesanywhere;
    private String route53;
    private String route53Domains;
    private String route53Recoverycontrolconfig;
    private String route53Recoveryreadiness;
    private String route53Resolver;
    private String rum;
    private String s3;
    private String s3Api;
    private String s3Control;
    private String s3Outposts;
    private String sagemaker;
    private String scheduler;
    private String schemas;
    private String sdb;
    private String secretsmanager;
    private String securityhub;
    private String securitylake;
    private String serverlessapplicationrepository;
    private String serverlessapprepo;
    private String serverlessrepo;
    private String servicecatalog;
    private String servicediscovery;
    private String servicequotas;
    private String ses;
    private String sesv2;
    private String sfn;
    private String shield;
    private String signer;
    private String simpledb;
    private String sns;
    private String sqs;
    private String ssm;
    private String ssmcontacts;
    private String ssmincidents;
    private String ssoadmin;
    private String stepfunctions;
    private String storagegateway;
    private String sts;
    private String swf;
    private String synthetics;
    private String timestreamwrite;
    private String transcribe;
    private String transcribeservice;
    private String transfer;
    private String verifiedpermissions;
    private String vpclattice;
    private String waf;
    private String wafregional;
    private String wafv2;
    private String worklink;
    private String workspaces;
    private String xray;

    private Builder() {}

    public Builder accessanalyzer(String accessanalyzer) {
      this.accessanalyzer = accessanalyzer;
      return this;
    }

    public Builder account(String account) {
      this.account = account;
      return this;
    }

    public Builder acm(String acm) {
      this.acm = acm;
      return this;
    }

    public Builder acmpca(String acmpca) {
      this.acmpca = acmpca;
      return this;
    }

    public Builder amg(String amg) {
      this.amg = amg;
      return this;
    }

    public Builder amp(String amp) {
      this.amp = amp;
      return this;
    }

    public Builder amplify(String amplify) {
      this.amplify = amplify;
      return this;
    }

    public Builder apigateway(String apigateway) {
      this.apigateway = apigateway;
      return this;
    }

    public Builder apigatewayv2(String apigatewayv2) {
      this.apigatewayv2 = apigatewayv2;
      return this;
    }

    public Builder appautoscaling(String appautoscaling) {
      this.appautoscaling = appautoscaling;
      return this;
    }

    public Builder appconfig(String appconfig) {
      this.appconfig = appconfig;
      return this;
    }

    public Builder appflow(String appflow) {
      this.appflow = appflow;
      return this;
    }

    public Builder appintegrations(String appintegrations) {
      this.appintegrations = appintegrations;
      return this;
    }

    public Builder appintegrationsservice(String appintegrationsservice) {
      this.appintegrationsservice = appintegrationsservice;
      return this;
    }

    public Builder applicationautoscaling(String applicationautoscaling) {
      this.applicationautoscaling = applicationautoscaling;
      return this;
    }

    public Builder applicationinsights(String applicationinsights) {
      this.applicationinsights = applicationinsights;
      return this;
    }

    public Builder appmesh(String appmesh) {
      this.appmesh = appmesh;
      return this;
    }

    public Builder apprunner(String apprunner) {
      this.apprunner = apprunner;
      return this;
    }

    public Builder appstream(String appstream) {
      this.appstream = appstream;
      return this;
    }

    public Builder appsync(String appsync) {
      this.appsync = appsync;
      return this;
    }

    public Builder athena(String athena) {
      this.athena = athena;
      return this;
    }

    public Builder auditmanager(String auditmanager) {
      this.auditmanager = auditmanager;
      return this;
    }

    public Builder autoscaling(String autoscaling) {
      this.autoscaling = autoscaling;
      return this;
    }

    public Builder autoscalingplans(String autoscalingplans) {
      this.autoscalingplans = autoscalingplans;
      return this;
    }

    public Builder backup(String backup) {
      this.backup = backup;
      return this;
    }

    public Builder batch(String batch) {
      this.batch = batch;
      return this;
    }

    public Builder beanstalk(String beanstalk) {
      this.beanstalk = beanstalk;
      return this;
    }

    public Builder bedrock(String bedrock) {
      this.bedrock = bedrock;
      return this;
    }

    public Builder budgets(String budgets) {
      this.budgets = budgets;
      return this;
    }

    public Builder ce(String ce) {
      this.ce = ce;
      return this;
    }

    public Builder chime(String chime) {
      this.chime = chime;
      return this;
    }

    public Builder chimesdkmediapipelines(String chimesdkmediapipelines) {
      this.chimesdkmediapipelines = chimesdkmediapipelines;
      return this;
    }

    public Builder chimesdkvoice(String chimesdkvoice) {
      this.chimesdkvoice = chimesdkvoice;
      return this;
    }

    public Builder cleanrooms(String cleanrooms) {
      this.cleanrooms = cleanrooms;
      return this;
    }

    public Builder cloud9(String cloud9) {
      this.cloud9 = cloud9;
      return this;
    }

    public Builder cloudcontrol(String cloudcontrol) {
      this.cloudcontrol = cloudcontrol;
      return this;
    }

    public Builder cloudcontrolapi(String cloudcontrolapi) {
      this.cloudcontrolapi = cloudcontrolapi;
      return this;
    }

    public Builder cloudformation(String cloudformation) {
      this.cloudformation = cloudformation;
      return this;
    }

    public Builder cloudfront(String cloudfront) {
      this.cloudfront = cloudfront;
      return this;
    }

    public Builder cloudhsm(String cloudhsm) {
      this.cloudhsm = cloudhsm;
      return this;
    }

    public Builder cloudhsmv2(String cloudhsmv2) {
      this.cloudhsmv2 = cloudhsmv2;
      return this;
    }

    public Builder cloudsearch(String cloudsearch) {
      this.cloudsearch = cloudsearch;
      return this;
    }

    public Builder cloudtrail(String cloudtrail) {
      this.cloudtrail = cloudtrail;
      return this;
    }

    public Builder cloudwatch(String cloudwatch) {
      this.cloudwatch = cloudwatch;
      return this;
    }

    public Builder cloudwatchevents(String cloudwatchevents) {
      this.cloudwatchevents = cloudwatchevents;
      return this;
    }

    public Builder cloudwatchevidently(String cloudwatchevidently) {
      this.cloudwatchevidently = cloudwatchevidently;
      return this;
    }

    public Builder cloudwatchlog(String cloudwatchlog) {
      this.cloudwatchlog = cloudwatchlog;
      return this;
    }

    public Builder cloudwatchlogs(String cloudwatchlogs) {
      this.cloudwatchlogs = cloudwatchlogs;
      return this;
    }

    public Builder cloudwatchobservabilityaccessmanager(String cloudwatchobservabilityaccessmanager) {
      this.cloudwatchobservabilityaccessmanager = cloudwatchobservabilityaccessmanager;
      return this;
    }

    public Builder cloudwatchrum(String cloudwatchrum) {
      this.cloudwatchrum = cloudwatchrum;
      return this;
    }

    public Builder codeartifact(String codeartifact) {
      this.codeartifact = codeartifact;
      return this;
    }

    public Builder codebuild(String codebuild) {
      this.codebuild = codebuild;
      return this;
    }

    public Builder codecatalyst(String codecatalyst) {
      this.codecatalyst = codecatalyst;
      return this;
    }

    public Builder codecommit(String codecommit) {
      this.codecommit = codecommit;
      return this;
    }

    public Builder codedeploy(String codedeploy) {
      this.codedeploy = codedeploy;
      return this;
    }

    public Builder codegurureviewer(String codegurureviewer) {
      this.codegurureviewer = codegurureviewer;
      return this;
    }

    public Builder codepipeline(String codepipeline) {
      this.codepipeline = codepipeline;
      return this;
    }

    public Builder codestarconnections(String codestarconnections) {
      this.codestarconnections = codestarconnections;
      return this;
    }

    public Builder codestarnotifications(String codestarnotifications) {
      this.codestarnotifications = codestarnotifications;
      return this;
    }

    public Builder cognitoidentity(String cognitoidentity) {
      this.cognitoidentity = cognitoidentity;
      return this;
    }

    public Builder cognitoidentityprovider(String cognitoidentityprovider) {
      this.cognitoidentityprovider = cognitoidentityprovider;
      return this;
    }

    public Builder cognitoidp(String cognitoidp) {
      this.cognitoidp = cognitoidp;
      return this;
    }

    public Builder comprehend(String comprehend) {
      this.comprehend = comprehend;
      return this;
    }

    public Builder computeoptimizer(String computeoptimizer) {
      this.computeoptimizer = computeoptimizer;
      return this;
    }

    public Builder config(String config) {
      this.config = config;
      return this;
    }

    public Builder configservice(String configservice) {
      this.configservice = configservice;
      return this;
    }

    public Builder connect(String connect) {
      this.connect = connect;
      return this;
    }

    public Builder controltower(String controltower) {
      this.controltower = controltower;
      return this;
    }

    public Builder costandusagereportservice(String costandusagereportservice) {
      this.costandusagereportservice = costandusagereportservice;
      return this;
    }

    public Builder costexplorer(String costexplorer) {
      this.costexplorer = costexplorer;
      return this;
    }

    public Builder cur(String cur) {
      this.cur = cur;
      return this;
    }

    public Builder databasemigration(String databasemigration) {
      this.databasemigration = databasemigration;
      return this;
    }

    public Builder databasemigrationservice(String databasemigrationservice) {
      this.databasemigrationservice = databasemigrationservice;
      return this;
    }

    public Builder dataexchange(String dataexchange) {
      this.dataexchange = dataexchange;
      return this;
    }

    public Builder datapipeline(String datapipeline) {
      this.datapipeline = datapipeline;
      return this;
    }

    public Builder datasync(String datasync) {
      this.datasync = datasync;
      return this;
    }

    public Builder dax(String dax) {
      this.dax = dax;
      return this;
    }

    public Builder deploy(String deploy) {
      this.deploy = deploy;
      return this;
    }

    public Builder detective(String detective) {
      this.detective = detective;
      return this;
    }

    public Builder devicefarm(String devicefarm) {
      this.devicefarm = devicefarm;
      return this;
    }

    public Builder directconnect(String directconnect) {
      this.directconnect = directconnect;
      return this;
    }

    public Builder directoryservice(String directoryservice) {
      this.directoryservice = directoryservice;
      return this;
    }

    public Builder dlm(String dlm) {
      this.dlm = dlm;
      return this;
    }

    public Builder dms(String dms) {
      this.dms = dms;
      return this;
    }

    public Builder docdb(String docdb) {
      this.docdb = docdb;
      return this;
    }

    public Builder docdbelastic(String docdbelastic) {
      this.docdbelastic = docdbelastic;
      return this;
    }

    public Builder ds(String ds) {
      this.ds = ds;
      return this;
    }

    public Builder dynamodb(String dynamodb) {
      this.dynamodb = dynamodb;
      return this;
    }

    public Builder ec2(String ec2) {
      this.ec2 = ec2;
      return this;
    }

    public Builder ecr(String ecr) {
      this.ecr = ecr;
      return this;
    }

    public Builder ecrpublic(String ecrpublic) {
      this.ecrpublic = ecrpublic;
      return this;
    }

    public Builder ecs(String ecs) {
      this.ecs = ecs;
      return this;
    }

    public Builder efs(String efs) {
      this.efs = efs;
      return this;
    }

    public Builder eks(String eks) {
      this.eks = eks;
      return this;
    }

    public Builder elasticache(String elasticache) {
      this.elasticache = elasticache;
      return this;
    }

    public Builder elasticbeanstalk(String elasticbeanstalk) {
      this.elasticbeanstalk = elasticbeanstalk;
      return this;
    }

    public Builder elasticloadbalancing(String elasticloadbalancing) {
      this.elasticloadbalancing = elasticloadbalancing;
      return this;
    }

    public Builder elasticloadbalancingv2(String elasticloadbalancingv2) {
      this.elasticloadbalancingv2 = elasticloadbalancingv2;
      return this;
    }

    public Builder elasticsearch(String elasticsearch) {
      this.elasticsearch = elasticsearch;
      return this;
    }

    public Builder elasticsearchservice(String elasticsearchservice) {
      this.elasticsearchservice = elasticsearchservice;
      return this;
    }

    public Builder elastictranscoder(String elastictranscoder) {
      this.elastictranscoder = elastictranscoder;
      return this;
    }

    public Builder elb(String elb) {
      this.elb = elb;
      return this;
    }

    public Builder elbv2(String elbv2) {
      this.elbv2 = elbv2;
      return this;
    }

    public Builder emr(String emr) {
      this.emr = emr;
      return this;
    }

    public Builder emrcontainers(String emrcontainers) {
      this.emrcontainers = emrcontainers;
      return this;
    }

    public Builder emrserverless(String emrserverless) {
      this.emrserverless = emrserverless;
      return this;
    }

    public Builder es(String es) {
      this.es = es;
      return this;
    }

    public Builder eventbridge(String eventbridge) {
      this.eventbridge = eventbridge;
      return this;
    }

    public Builder events(String events) {
      this.events = events;
      return this;
    }

    public Builder evidently(String evidently) {
      this.evidently = evidently;
      return this;
    }

    public Builder finspace(String finspace) {
      this.finspace = finspace;
      return this;
    }

    public Builder firehose(String firehose) {
      this.firehose = firehose;
      return this;
    }

    public Builder fis(String fis) {
      this.fis = fis;
      return this;
    }

    public Builder fms(String fms) {
      this.fms = fms;
      return this;
    }

    public Builder fsx(String fsx) {
      this.fsx = fsx;
      return this;
    }

    public Builder gamelift(String gamelift) {
      this.gamelift = gamelift;
      return this;
    }

    public Builder glacier(String glacier) {
      this.glacier = glacier;
      return this;
    }

    public Builder globalaccelerator(String globalaccelerator) {
      this.globalaccelerator = globalaccelerator;
      return this;
    }

    public Builder glue(String glue) {
      this.glue = glue;
      return this;
    }

    public Builder grafana(String grafana) {
      this.grafana = grafana;
      return this;
    }

    public Builder greengrass(String greengrass) {
      this.greengrass = greengrass;
      return this;
    }

    public Builder guardduty(String guardduty) {
      this.guardduty = guardduty;
      return this;
    }

    public Builder healthlake(String healthlake) {
      this.healthlake = healthlake;
      return this;
    }

    public Builder iam(String iam) {
      this.iam = iam;
      return this;
    }

    public Builder identitystore(String identitystore) {
      this.identitystore = identitystore;
      return this;
    }

    public Builder imagebuilder(String imagebuilder) {
      this.imagebuilder = imagebuilder;
      return this;
    }

    public Builder inspector(String inspector) {
      this.inspector = inspector;
      return this;
    }

    public Builder inspector2(String inspector2) {
      this.inspector2 = inspector2;
      return this;
    }

    public Builder inspectorv2(String inspectorv2) {
      this.inspectorv2 = inspectorv2;
      return this;
    }

    public Builder internetmonitor(String internetmonitor) {
      this.internetmonitor = internetmonitor;
      return this;
    }

    public Builder iot(String iot) {
      this.iot = iot;
      return this;
    }

    public Builder iotanalytics(String iotanalytics) {
      this.iotanalytics = iotanalytics;
      return this;
    }

    public Builder iotevents(String iotevents) {
      this.iotevents = iotevents;
      return this;
    }

    public Builder ivs(String ivs) {
      this.ivs = ivs;
      return this;
    }

    public Builder ivschat(String ivschat) {
      this.ivschat = ivschat;
      return this;
    }

    public Builder kafka(String kafka) {
      this.kafka = kafka;
      return this;
    }

    public Builder kafkaconnect(String kafkaconnect) {
      this.kafkaconnect = kafkaconnect;
      return this;
    }

    public Builder kendra(String kendra) {
      this.kendra = kendra;
      return this;
    }

    public Builder keyspaces(String keyspaces) {
      this.keyspaces = keyspaces;
      return this;
    }

    public Builder kinesis(String kinesis) {
      this.kinesis = kinesis;
      return this;
    }

    public Builder kinesisanalytics(String kinesisanalytics) {
      this.kinesisanalytics = kinesisanalytics;
      return this;
    }

    public Builder kinesisanalyticsv2(String kinesisanalyticsv2) {
      this.kinesisanalyticsv2 = kinesisanalyticsv2;
      return this;
    }

    public Builder kinesisvideo(String kinesisvideo) {
      this.kinesisvideo = kinesisvideo;
      return this;
    }

    public Builder kms(String kms) {
      this.kms = kms;
      return this;
    }

    public Builder lakeformation(String lakeformation) {
      this.lakeformation = lakeformation;
      return this;
    }

    public Builder lambda(String lambda) {
      this.lambda = lambda;
      return this;
    }

    public Builder lex(String lex) {
      this.lex = lex;
      return this;
    }

    public Builder lexmodelbuilding(String lexmodelbuilding) {
      this.lexmodelbuilding = lexmodelbuilding;
      return this;
    }

    public Builder lexmodelbuildingservice(String lexmodelbuildingservice) {
      this.lexmodelbuildingservice = lexmodelbuildingservice;
      return this;
    }

    public Builder lexmodels(String lexmodels) {
      this.lexmodels = lexmodels;
      return this;
    }

    public Builder lexmodelsv2(String lexmodelsv2) {
      this.lexmodelsv2 = lexmodelsv2;
      return this;
    }

    public Builder lexv2Models(String lexv2Models) {
      this.lexv2Models = lexv2Models;
      return this;
    }

    public Builder licensemanager(String licensemanager) {
      this.licensemanager = licensemanager;
      return this;
    }

    public Builder lightsail(String lightsail) {
      this.lightsail = lightsail;
      return this;
    }

    public Builder location(String location) {
      this.location = location;
      return this;
    }

    public Builder locationservice(String locationservice) {
      this.locationservice = locationservice;
      return this;
    }

    public Builder logs(String logs) {
      this.logs = logs;
      return this;
    }

    public Builder macie2(String macie2) {
      this.macie2 = macie2;
      return this;
    }

    public Builder managedgrafana(String managedgrafana) {
      this.managedgrafana = managedgrafana;
      return this;
    }

    public Builder mediaconnect(String mediaconnect) {
      this.mediaconnect = mediaconnect;
      return this;
    }

    public Builder mediaconvert(String mediaconvert) {
      this.mediaconvert = mediaconvert;
      return this;
    }

    public Builder medialive(String medialive) {
      this.medialive = medialive;
      return this;
    }

    public Builder mediapackage(String mediapackage) {
      this.mediapackage = mediapackage;
      return this;
    }

    public Builder mediastore(String mediastore) {
      this.mediastore = mediastore;
      return this;
    }

    public Builder memorydb(String memorydb) {
      this.memorydb = memorydb;
      return this;
    }

    public Builder mq(String mq) {
      this.mq = mq;
      return this;
    }

    public Builder msk(String msk) {
      this.msk = msk;
      return this;
    }

    public Builder mwaa(String mwaa) {
      this.mwaa = mwaa;
      return this;
    }

    public Builder neptune(String neptune) {
      this.neptune = neptune;
      return this;
    }

    public Builder networkfirewall(String networkfirewall) {
      this.networkfirewall = networkfirewall;
      return this;
    }

    public Builder networkmanager(String networkmanager) {
      this.networkmanager = networkmanager;
      return this;
    }

    public Builder oam(String oam) {
      this.oam = oam;
      return this;
    }

    public Builder opensearch(String opensearch) {
      this.opensearch = opensearch;
      return this;
    }

    public Builder opensearchserverless(String opensearchserverless) {
      this.opensearchserverless = opensearchserverless;
      return this;
    }

    public Builder opensearchservice(String opensearchservice) {
      this.opensearchservice = opensearchservice;
      return this;
    }

    public Builder opsworks(String opsworks) {
      this.opsworks = opsworks;
      return this;
    }

    public Builder organizations(String organizations) {
      this.organizations = organizations;
      return this;
    }

    public Builder outposts(String outposts) {
      this.outposts = outposts;
      return this;
    }

    public Builder pinpoint(String pinpoint) {
      this.pinpoint = pinpoint;
      return this;
    }

    public Builder pipes(String pipes) {
      this.pipes = pipes;
      return this;
    }

    public Builder pricing(String pricing) {
      this.pricing = pricing;
      return this;
    }

    public Builder prometheus(String prometheus) {
      this.prometheus = prometheus;
      return this;
    }

    public Builder prometheusservice(String prometheusservice) {
      this.prometheusservice = prometheusservice;
      return this;
    }

    public Builder qldb(String qldb) {
      this.qldb = qldb;
      return this;
    }

    public Builder quicksight(String quicksight) {
      this.quicksight = quicksight;
      return this;
    }

    public Builder ram(String ram) {
      this.ram = ram;
      return this;
    }

    public Builder rbin(String rbin) {
      this.rbin = rbin;
      return this;
    }

    public Builder rds(String rds) {
      this.rds = rds;
      return this;
    }

    public Builder recyclebin(String recyclebin) {
      this.recyclebin = recyclebin;
      return this;
    }

    public Builder redshift(String redshift) {
      this.redshift = redshift;
      return this;
    }

    public Builder redshiftdata(String redshiftdata) {
      this.redshiftdata = redshiftdata;
      return this;
    }

    public Builder redshiftdataapiservice(String redshiftdataapiservice) {
      this.redshiftdataapiservice = redshiftdataapiservice;
      return this;
    }

    public Builder redshiftserverless(String redshiftserverless) {
      this.redshiftserverless = redshiftserverless;
      return this;
    }

    public Builder resourceexplorer2(String resourceexplorer2) {
      this.resourceexplorer2 = resourceexplorer2;
      return this;
    }

    public Builder resourcegroups(String resourcegroups) {
      this.resourcegroups = resourcegroups;
      return this;
    }

    public Builder resourcegroupstagging(String resourcegroupstagging) {
      this.resourcegroupstagging = resourcegroupstagging;
      return this;
    }

    public Builder resourcegroupstaggingapi(String resourcegroupstaggingapi) {
      this.resourcegroupstaggingapi = resourcegroupstaggingapi;
      return this;
    }

    public Builder rolesanywhere(String rolesanywhere) {
      this.rolesanywhere = rolesanywhere;
      return this;
    }

    public Builder route53(String route53) {
      this.route53 = route53;
      return this;
    }

    public Builder route53Domains(String route53Domains) {
      this.route53Domains = route53Domains;
      return this;
    }

    public Builder route53Recoverycontrolconfig(String route53Recoverycontrolconfig) {
      this.route53Recoverycontrolconfig = route53Recoverycontrolconfig;
      return this;
    }

    public Builder route53Recoveryreadiness(String route53Recoveryreadiness) {
      this.route53Recoveryreadiness = route53Recoveryreadiness;
      return this;
    }

    public Builder route53Resolver(String route53Resolver) {
      this.route53Resolver = route53Resolver;
      return this;
    }

    public Builder rum(String rum) {
      this.rum = rum;
      return this;
    }

    public Builder s3(String s3) {
      this.s3 = s3;
      return this;
    }

    public Builder s3Api(String s3Api) {
      this.s3Api = s3Api;
      return this;
    }

    public Builder s3Control(String s3Control) {
      this.s3Control = s3Control;
      return this;
    }

    public Builder s3Outposts(String s3Outposts) {
      this.s3Outposts = s3Outposts;
      return this;
    }

    public Builder sagemaker(String sagemaker) {
      this.sagemaker = sagemaker;
      return this;
    }

    public Builder scheduler(String scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    public Builder schemas(String schemas) {
      this.schemas = schemas;
      return this;
    }

    public Builder sdb(String sdb) {
      this.sdb = sdb;
      return this;
    }

    public Builder secretsmanager(String secretsmanager) {
      this.secretsmanager = secretsmanager;
      return this;
    }

    public Builder securityhub(String securityhub) {
      this.securityhub = securityhub;
      return this;
    }

    public Builder securitylake(String securitylake) {
      this.securitylake = securitylake;
      return this;
    }

    public Builder serverlessapplicationrepository(String serverlessapplicationrepository) {
      this.serverlessapplicationrepository = serverlessapplicationrepository;
      return this;
    }

    public Builder serverlessapprepo(String serverlessapprepo) {
      this.serverlessapprepo = serverlessapprepo;
      return this;
    }

    public Builder serverlessrepo(String serverlessrepo) {
      this.serverlessrepo = serverlessrepo;
      return this;
    }

    public Builder servicecatalog(String servicecatalog) {
      this.servicecatalog = servicecatalog;
      return this;
    }

    public Builder servicediscovery(String servicediscovery) {
      this.servicediscovery = servicediscovery;
      return this;
    }

    public Builder servicequotas(String servicequotas) {
      this.servicequotas = servicequotas;
      return this;
    }

    public Builder ses(String ses) {
      this.ses = ses;
      return this;
    }

    public Builder sesv2(String sesv2) {
      this.sesv2 = sesv2;
      return this;
    }

    public Builder sfn(String sfn) {
      this.sfn = sfn;
      return this;
    }

    public Builder shield(String shield) {
      this.shield = shield;
      return this;
    }

    public Builder signer(String signer) {
      this.signer = signer;
      return this;
    }

    public Builder simpledb(String simpledb) {
      this.simpledb = simpledb;
      return this;
    }

    public Builder sns(String sns) {
      this.sns = sns;
      return this;
    }

    public Builder sqs(String sqs) {
      this.sqs = sqs;
      return this;
    }

    public Builder ssm(String ssm) {
      this.ssm = ssm;
      return this;
    }

    public Builder ssmcontacts(String ssmcontacts) {
      this.ssmcontacts = ssmcontacts;
      return this;
    }

    public Builder ssmincidents(String ssmincidents) {
      this.ssmincidents = ssmincidents;
      return this;
    }

    public Builder ssoadmin(String ssoadmin) {
      this.ssoadmin = ssoadmin;
      return this;
    }

    public Builder stepfunctions(String stepfunctions) {
      this.stepfunctions = stepfunctions;
      return this;
    }

    public Builder storagegateway(String storagegateway) {
      this.storagegateway = storagegateway;
      return this;
    }

    public Builder sts(String sts) {
      this.sts = sts;
      return this;
    }

    public Builder swf(String swf) {
      this.swf = swf;
      return this;
    }

    public Builder synthetics(String synthetics) {
      this.synthetics = synthetics;
      return this;
    }

    public Builder timestreamwrite(String timestreamwrite) {
      this.timestreamwrite = timestreamwrite;
      return this;
    }

    public Builder transcribe(String transcribe) {
      this.transcribe = transcribe;
      return this;
    }

    public Builder transcribeservice(String transcribeservice) {
      this.transcribeservice = transcribeservice;
      return this;
    }

    public Builder transfer(String transfer) {
      this.transfer = transfer;
      return this;
    }

    public Builder verifiedpermissions(String verifiedpermissions) {
      this.verifiedpermissions = verifiedpermissions;
      return this;
    }

    public Builder vpclattice(String vpclattice) {
      this.vpclattice = vpclattice;
      return this;
    }

    public Builder waf(String waf) {
      this.waf = waf;
      return this;
    }

    public Builder wafregional(String wafregional) {
      this.wafregional = wafregional;
      return this;
    }

    public Builder wafv2(String wafv2) {
      this.wafv2 = wafv2;
      return this;
    }

    public Builder worklink(String worklink) {
      this.worklink = worklink;
      return this;
    }

    public Builder workspaces(String workspaces) {
      this.workspaces = workspaces;
      return this;
    }

    public Builder xray(String xray) {
      this.xray = xray;
      return this;
    }

    public AwsProviderEndpoints build() {
      return new AwsProviderEndpoints(this);
    }
  }
}
