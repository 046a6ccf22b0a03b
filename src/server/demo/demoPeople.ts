/** The server's one door to src/demo: the demo organisation, its people's user names and password, and its seed. */
export { DEMO_ORG, DEMO_PASSWORD, DEMO_USERS, demoUsername } from '../../demo/demoOrganisation';
export { seedDemo } from '../../demo/seedDemo';
