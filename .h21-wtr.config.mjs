import base from './web-test-runner.config.mjs';
export default { ...base, browserStartTimeout: 180_000, testsStartTimeout: 300_000, testsFinishTimeout: 1_200_000 };
