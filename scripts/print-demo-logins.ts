import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed-data/accounts";

const url = process.argv[2] ?? "http://localhost:3000";
console.log(`\n  Friendship Center portal: ${url}\n  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
for (const account of DEMO_ACCOUNTS) {
  const role = account.roles.join(" + ") + (account.verified ? "" : " (awaiting verification)");
  console.log(`    ${role.padEnd(44)} ${account.email}`);
}
console.log("");
