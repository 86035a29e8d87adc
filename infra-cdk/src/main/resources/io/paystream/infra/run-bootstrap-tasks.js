// Runs the bootstrap task definitions one after the other during `cdk deploy`, waits for each to stop, and fails
// the deployment (before any service starts) if one of them did not exit 0.
const { ECSClient, RunTaskCommand, DescribeTasksCommand, waitUntilTasksStopped } = require('@aws-sdk/client-ecs');

const ecs = new ECSClient({});

exports.handler = async () => {
  const cluster = process.env.CLUSTER;
  for (const taskDefinition of JSON.parse(process.env.TASK_DEFINITIONS)) {
    const started = await ecs.send(new RunTaskCommand({
      cluster,
      taskDefinition,
      launchType: 'FARGATE',
      count: 1,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: process.env.SUBNETS.split(','),
          securityGroups: [process.env.SECURITY_GROUP],
          assignPublicIp: 'DISABLED',
        },
      },
    }));
    if (started.failures && started.failures.length > 0) {
      throw new Error(`${taskDefinition} did not start: ${JSON.stringify(started.failures)}`);
    }
    const taskArn = started.tasks[0].taskArn;
    console.log(`started ${taskArn}`);
    await waitUntilTasksStopped({ client: ecs, maxWaitTime: 720 }, { cluster, tasks: [taskArn] });
    const { tasks } = await ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }));
    const container = tasks[0].containers[0];
    if (container.exitCode !== 0) {
      throw new Error(`${taskDefinition} ended with exit code ${container.exitCode}: ${tasks[0].stoppedReason}`);
    }
    console.log(`${taskArn} succeeded`);
  }
};
