import natural from 'natural';
const jw = natural.JaroWinklerDistance;
const pairs=[['Berdymukhammedov','Berdimuhamedov'],['Mirzoyev','Mirziyoyev'],['Rahmonov','Rahmon'],['Akaev','Akayev'],['Asker','Askar'],['Sadir','Sadyr'],['Aliyeva','Aliyev'],['Mirzoyan','Mirziyoyev'],['Irgaliyev','Aliyev'],['Tokayev','Akayev'],['Putin','Pution'],['Bayramov','Berdimuhamedov'],['Karimov','Rahmonov'],['Suleymanov','Soleimani'],['Atambaev','Atambayev'],['Iakobashvili','Saakashvili'],['Noghaideli','Nogaideli'],['Mirzoyan','Mirzoyev']];
for (const [a,b] of pairs) console.log(a,b,jw(a,b), jw(a.toLowerCase(),b.toLowerCase()));
import nlp from 'compromise';
const d = nlp('Prime Minister Zurab Noghaideli met Temur Iakobashvili in Batumi and the Karelian Institute said Ruslan Suleymanov of KazTransGaz.');
console.log(d.people().json({offset:true}).map(x=>[x.text,x.offset]), d.places().out('array'), d.organizations().out('array'));
console.log(nlp('Kapaz').json()[0].terms[0].tags)
