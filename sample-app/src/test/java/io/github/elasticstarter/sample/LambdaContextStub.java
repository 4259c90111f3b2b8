package io.github.elasticstarter.sample;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The little of a Lambda invocation's {@link Context} that a local invocation can honestly
 * supply.
 */
record LambdaContextStub(String awsRequestId) implements Context {

	@Override
	public String getAwsRequestId() {
		return this.awsRequestId;
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/searchCities";
	}

	@Override
	public String getLogStreamName() {
		return "local";
	}

	@Override
	public String getFunctionName() {
		return "searchCities";
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public String getInvokedFunctionArn() {
		return "arn:aws:lambda:local:000000000000:function:searchCities";
	}

	@Override
	public CognitoIdentity getIdentity() {
		return null;
	}

	@Override
	public ClientContext getClientContext() {
		return null;
	}

	@Override
	public int getRemainingTimeInMillis() {
		return 30_000;
	}

	@Override
	public int getMemoryLimitInMB() {
		return 512;
	}

	@Override
	public LambdaLogger getLogger() {
		return null;
	}

}
