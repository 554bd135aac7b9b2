/**
 * Ordinary English words people type around a question ("what version", "is my data safe"). They
 * are never read as a likely typo of a service, and never matched to a bare IANA service name
 * ("time", "down", "signal"): only a curated software name itself still counts ("consul" is
 * HashiCorp Consul). The parser's filler words are dropped even earlier; this list is the second
 * net, for words that reach the names index.
 */
const WORDS = `
a about above access account across act action actually add address admin after again against age ago agree
ahead air alarm alert all allow allowed almost alone along already also always am among amount an and
angry animal another answer any anybody anyone anything anyway anywhere app apple apply are area argue arm
around arrive art article as ask asked asking at attack attempt available away baby back bad bag ball bank
bar base basic be became because become bed been before began begin being believe below best better between
big bill bit black block blocked blue board body book born both bottom box boy break bring broke broken
brother brown browser budget bug bugs build building built bus business busy but buy by call called came
camera can cannot car card care carry case cat catch cause center certain chair chance change changed changes
channel charge cheap check checked child choose church city class clean clear click client close closed closing
cloud code coffee cold color come coming common company complete computer config configuration connect
connected connecting connection consider contact continue control cool copy corner correct cost could count
country course cover create cross current customer cut dad daily damage danger dangerous dark data date
daughter day dead deal dear decide deep default defaults delete deny denied desk desktop detail develop device
did die different difficult dinner direct direction do doctor document domain documents does dog doing done door
double down download draw dream dress drink drive drop during each early earth easy eat edge effect eight
eighteen eighty either eleven else email empty end enough enter error errors even evening event ever every
everyone everything exact example examples except expensive explain external eye face fact fail fall family
far fast father fear feel feeling few field fifteen fifty fight figure file files fill final find fine finish
finished fire first fish five fix fixed floor fly follow food foot for force forget form forty forward four
fourteen free friend from front full fun funny future game garden gave general get girl give given glad go
going gone good got great green ground group grow guess guy had hair half hand happen happy hard has hat have
he head health hear heard heart heavy held hello help her here hey hi high him his history hit hold home hope hostname
hot hour house how however hundred i idea if image important in include inbound incoming info inside install
installed instead internal internet into is issue it item its job join just keep key kid kind kitchen knew
know known lady land language laptop large last late later laugh law lead learn least leave left leg less let
letter level life light like line link list listen little live local lock login long look lose lost lot love low
lunch machine made main make man many market matter may maybe me mean meaning meet meeting member memory
message middle might mind mine minute miss mom money month more morning most mother move movie much music must
my name names near need needed network never new news next nice night nine nineteen ninety no nobody none
normal not note nothing now number numbers of off office often oh ok okay old on once one only open opened
opening or order other our out outbound outgoing outside over own page paid pain paper parent part party pass
password past pay people per perhaps person phone photo pick picture pictures piece place plan plane play
please point police poor possible post power present pretty price print privacy private probably problem
process product program project public pull purpose push put question quick quickly quite rain random ran
rather reach read ready real really reason receive received red registered remember remote repeat router report
reserved rest restart result return right risk road room rule rules run running sad safe said same save saw
say scan scanned school screen search second secure security see seem seen sell send sending sent serious
server service services set setting settings seven seventeen seventy several shall share she shop short
should show side sign signal simple since sister sit site situation six sixteen sixty size sleep slow small
smile so some somebody someone something sometimes son soon sorry sort sound space speak special speed
spend sport spring staff stand standard star start started state stay step still stop stopped store story
street strong student study stuff such suddenly summer sun support sure system table take talk tea teacher
team tell ten test tested testing than thank thanks that the their them then there these they thing things
think third thirteen thirty this those though thousand three through time tired to today together told
tomorrow too took top total touch toward town traffic train travel tree tried trouble true try trying turn
twelve twenty two type under understand unsafe until up update updated upgrade upload us use used user users
using usual usually version versions very video view visit voice wait walk wall want war warm was watch water
way we wear week weekend weird well went were what when where whether which while white who whole whose why
wide wife will win window wireless wish with within without woman wonder word work worked worker working
world worry worse worst would write wrong yeah year yes yesterday yet you young your zero
`;

export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
