/** portbot's terminal CLI (being built). */
console.log('portbot');
